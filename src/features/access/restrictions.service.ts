// Restricting a child's record and the named grants that open it. Only a manager who can see
// the child may change either; whoever restricts a record is granted it, so it never becomes
// invisible to everyone. Each change is audited in the same transaction as the change.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { ChildGuard } from '../../platform/access/child-guard.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { PERMISSIONS } from '../../platform/auth/permissions.ts'
import { actorId, type Principal } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { findActiveUserByUsername, findChildRestriction, insertGrant, liveGrants, revokeGrant, setChildRestriction } from './access.repository.ts'

export interface RestrictionRequest {
  principal: Principal
  childId: string | number
  requestId: string | null
}

export interface ChildRestriction {
  childId: number
  restricted: boolean
  reason: string | null
  grants: Array<{ id: number; person: string; username: string; grantedBy: string; grantedAt: Date; reason: string }>
}

export function createRestrictions(db: Kysely<DB>, audit: AuditService, guard: ChildGuard, clock: Clock) {
  const open = (request: RestrictionRequest, action: 'view' | 'update') =>
    guard.open({ ...request, action, recordType: 'child_restriction' })

  return {
    async show(request: RestrictionRequest): Promise<ChildRestriction> {
      const childId = await open(request, 'view')
      const child = await findChildRestriction(db, childId)
      const grants = await liveGrants(db, childId)
      return {
        childId,
        restricted: child?.is_restricted ?? false,
        reason: child?.restriction_reason ?? null,
        grants: grants.map((g) => ({ id: g.id, person: g.display_name, username: g.username, grantedBy: g.granted_by_name, grantedAt: g.granted_at, reason: g.reason })),
      }
    },

    async restrict(request: RestrictionRequest, reason: string): Promise<number> {
      const childId = await open(request, 'update')
      const { principal, requestId } = request
      await writeAs(db, { id: actorId(principal) }, async (trx) => {
        await setChildRestriction(trx, childId, true, reason)
        await insertGrant(trx, { child_id: childId, user_id: principal.userId, reason: 'Restricted the record', granted_by: principal.userId, granted_at: clock.now() })
        await audit.record({ principal, action: 'update', recordType: 'child_restriction', recordId: childId, childId, outcome: 'allowed', reason, requestId }, trx)
      })
      return childId
    },

    async lift(request: RestrictionRequest, reason: string): Promise<number> {
      const childId = await open(request, 'update')
      const { principal, requestId } = request
      await writeAs(db, { id: actorId(principal) }, async (trx) => {
        await setChildRestriction(trx, childId, false, null)
        await audit.record({ principal, action: 'update', recordType: 'child_restriction', recordId: childId, childId, outcome: 'allowed', reason: `Lifted: ${reason}`, requestId }, trx)
      })
      return childId
    },

    /** Names a person who may see the restricted record; says why not when they cannot be named. */
    async grant(request: RestrictionRequest, username: string, reason: string): Promise<'granted' | 'no_account' | 'no_case_access'> {
      const childId = await open(request, 'update')
      const { principal, requestId } = request
      const grantee = await findActiveUserByUsername(db, username)
      if (!grantee) return 'no_account'
      // A grant cannot give case records to a role that never reads them (administrators, analysts, councillors).
      if (!(PERMISSIONS.read_child_record as readonly string[]).includes(grantee.role)) return 'no_case_access'
      await db.transaction().execute(async (trx) => {
        await insertGrant(trx, { child_id: childId, user_id: grantee.id, reason, granted_by: principal.userId, granted_at: clock.now() })
        await audit.record({ principal, action: 'create', recordType: 'access_grant', recordId: `user:${grantee.id}`, childId, outcome: 'allowed', reason, requestId }, trx)
      })
      return 'granted'
    },

    async revoke(request: RestrictionRequest, grantId: number): Promise<number> {
      const childId = await open(request, 'update')
      const { principal, requestId } = request
      await db.transaction().execute(async (trx) => {
        const userId = await revokeGrant(trx, { grantId, childId, by: principal.userId, at: clock.now() })
        if (userId !== null) {
          await audit.record({ principal, action: 'delete', recordType: 'access_grant', recordId: `user:${userId}`, childId, outcome: 'allowed', requestId }, trx)
        }
      })
      return childId
    },
  }
}

export type Restrictions = ReturnType<typeof createRestrictions>
