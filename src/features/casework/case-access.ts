// The door to one child's record. Every casework page that shows or changes a child's record
// asks here first: the access rule (visibleChildIds) is checked where the data is read, a
// refusal answers "not found" (so a guessed id tells nothing) and is audited as refused.
// A SeenChild can only be made here, so repositories that take one cannot be reached without it.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { canSeeChild } from '../../platform/access/child-access.ts'
import type { AuditAction, AuditService } from '../../platform/audit/audit.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { notFound } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'

declare const seen: unique symbol
/** A child id the principal has been allowed to see in this request. */
export type SeenChildId = number & { readonly [seen]: true }

export interface AccessRequest {
  principal: Principal
  childId: number
  requestId: string | null
  /** What the request does with the record: 'view' is audited here; writes are audited with the change. */
  action: AuditAction
  recordType: string
}

export function createCaseAccess(db: Kysely<DB>, audit: AuditService, clock: Clock) {
  return {
    async openChild(request: AccessRequest): Promise<SeenChildId> {
      const { principal, childId, requestId, action, recordType } = request
      const allowed = Number.isSafeInteger(childId) && childId > 0 && (await canSeeChild(db, principal, childId, clock.today()))
      if (!allowed) {
        await audit.record({ principal, action, recordType, recordId: childId, childId: Number.isSafeInteger(childId) ? childId : null, outcome: 'refused', reason: 'not visible to this user', requestId })
        throw notFound()
      }
      if (action === 'view') await audit.record({ principal, action, recordType, recordId: childId, childId, outcome: 'allowed', requestId })
      return childId as SeenChildId
    },

    /**
     * A team manager allocating a child who is not yet allocated: the access rule above cannot
     * see the child (nobody holds the case), so a second, named rule lets the manager of the team
     * the referral was sent to open it for allocation only. Audited with that reason.
     */
    async openForAllocation(request: AccessRequest): Promise<SeenChildId> {
      const { principal, childId, requestId, action, recordType } = request
      if (principal.role === 'team_manager' && Number.isSafeInteger(childId) && principal.teamIds.length > 0) {
        const waiting = await db
          .selectFrom('referral')
          .select('referral.id')
          .where('referral.child_id', '=', childId)
          .where('referral.team_id', 'in', principal.teamIds)
          .where('referral.closure_date', 'is', null)
          .where('referral.nfa', '=', false)
          .where((eb) => eb.not(eb.exists(eb.selectFrom('allocation').select('allocation.id').whereRef('allocation.child_id', '=', 'referral.child_id').where('allocation.end_date', 'is', null))))
          .executeTakeFirst()
        if (waiting) {
          if (action === 'view') await audit.record({ principal, action, recordType, recordId: childId, childId, outcome: 'allowed', reason: 'unallocated referral to own team', requestId })
          return childId as SeenChildId
        }
      }
      return this.openChild(request)
    },
  }
}

export type CaseAccess = ReturnType<typeof createCaseAccess>
