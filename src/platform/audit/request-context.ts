// Who is asking and which request this is: what every audit entry made from a page needs.
import type { Response } from 'express'
import { principalOf } from '../auth/authenticate.ts'
import type { Principal } from '../auth/principal.ts'

export function auditContext(res: Response): { principal: Principal; requestId: string | null } {
  const requestId = res.locals.requestId
  return { principal: principalOf(res), requestId: typeof requestId === 'string' ? requestId : null }
}
