// Break-glass: a case worker opens a child outside their relationships in an emergency. It
// needs a reason, lasts until the end of that day, is audited with the reason, and shows on
// their manager's "refused and emergency access" report. It never opens a restricted record.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { findChildRestriction, insertBreakGlass } from './access.repository.ts'

export type BreakGlassResult = { opened: true; childId: number } | { opened: false }

export function createBreakGlass(db: Kysely<DB>, audit: AuditService, clock: Clock) {
  return {
    async open(request: { principal: Principal; childId: number; reason: string; requestId: string | null }): Promise<BreakGlassResult> {
      const { principal, childId, reason, requestId } = request
      const entry = { principal, action: 'break_glass' as const, recordType: 'child', recordId: childId, childId, reason, requestId }
      const child = await findChildRestriction(db, childId)
      // A missing and a restricted child get the same answer, so this cannot be used to find sealed records.
      if (!child || child.is_restricted) {
        await audit.record({ ...entry, outcome: 'refused' })
        return { opened: false }
      }
      await db.transaction().execute(async (trx) => {
        await insertBreakGlass(trx, { child_id: childId, user_id: principal.userId, reason, opened_at: clock.now(), valid_on: clock.today() })
        await audit.record({ ...entry, outcome: 'allowed' }, trx)
      })
      return { opened: true, childId }
    },
  }
}

export type BreakGlass = ReturnType<typeof createBreakGlass>
