// The door to one child's record for pages outside casework (audit pages, subject access
// export, restrictions). A refusal answers "not found", so a guessed id tells nothing, and is
// audited as refused; an allowed read is audited with what was read. An allowed write is not
// audited here: the service records it with the change, in the same transaction.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditAction, AuditService } from '../audit/audit.ts'
import type { Principal } from '../auth/principal.ts'
import { notFound } from '../errors.ts'
import type { Clock } from '../time/clock.ts'
import { canSeeChild } from './child-access.ts'

const WRITES = new Set<AuditAction>(['create', 'update', 'delete'])

export interface ChildRead {
  principal: Principal
  /** As it came in the URL: anything that is not a whole positive number is refused like an unseen child. */
  childId: string | number
  requestId: string | null
  action: AuditAction
  recordType: string
}

export function parseChildId(raw: string | number): number | null {
  const text = String(raw)
  if (!/^[1-9]\d{0,9}$/.test(text)) return null
  const id = Number(text)
  return id <= 2_147_483_647 ? id : null
}

export function createChildGuard(db: Kysely<DB>, audit: AuditService, clock: Clock) {
  return {
    async open(read: ChildRead): Promise<number> {
      const { principal, requestId, action, recordType } = read
      const childId = parseChildId(read.childId)
      const allowed = childId !== null && (await canSeeChild(db, principal, childId, clock.today()))
      if (allowed && WRITES.has(action)) return childId
      await audit.record({
        principal,
        action,
        recordType,
        recordId: childId ?? String(read.childId).slice(0, 40),
        childId,
        outcome: allowed ? 'allowed' : 'refused',
        reason: allowed ? null : 'not visible to this user',
        requestId,
      })
      if (!allowed || childId === null) throw notFound()
      return childId
    },
  }
}

export type ChildGuard = ReturnType<typeof createChildGuard>
