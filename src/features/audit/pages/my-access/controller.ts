import type { RequestHandler } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'
import { PAGE_LIMIT } from '../../audit.repository.ts'

export function myAccessController(deps: AppDeps): RequestHandler {
  return async (_req, res) => {
    const lines = await deps.auditReports.ownAccess(principalOf(res))
    res.render('features/audit/pages/my-access/view.njk', { pageTitle: 'Your access history', lines, limit: PAGE_LIMIT })
  }
}
