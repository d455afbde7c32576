// Access is decided where data is read. `childAccess(principal)` is a filter over child ids that
// every query for child-level data carries; nothing relies on templates hiding things.
//   social worker / early help practitioner / personal adviser: children allocated to them or to their team
//   team manager: children allocated to their teams
//   IRO: children they are allocated to as IRO
//   screener: children with a contact received in the last 30 days (the front door is screening them)
//   analyst, senior leader, elected member, administrator: no child-level reads here (returns and
//   drill-downs go through their own audited paths)
// Restricted records are visible only with a named grant (added by the access feature).
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Principal } from '../auth/principal.ts'
import { addDays, type IsoDate } from '../time/dates.ts'

/** A subquery of the child ids this principal may see: use as `.where('x.child_id', 'in', visibleChildIds(...))`. */
export function visibleChildIds(
  db: Kysely<DB>,
  principal: Principal,
  today: IsoDate,
): SelectQueryBuilder<DB, 'allocation' | 'contact', { child_id: number | null }> {
  const teamIds = principal.teamIds.length > 0 ? principal.teamIds : [-1]
  const workerId = principal.workerId ?? -1
  const allocated = db
    .selectFrom('allocation')
    .select('allocation.child_id')
    .where((q) => q.or([q('allocation.end_date', 'is', null), q('allocation.end_date', '>=', today)]))
  switch (principal.role) {
    case 'social_worker':
    case 'early_help_practitioner':
    case 'personal_adviser':
      return allocated.where((q) => q.or([q('allocation.worker_id', '=', workerId), q('allocation.team_id', 'in', teamIds)])) as never
    case 'team_manager':
      return allocated.where('allocation.team_id', 'in', teamIds) as never
    case 'iro':
      return allocated.where('allocation.worker_id', '=', workerId).where('allocation.role', '=', 'iro') as never
    case 'screener':
      return db
        .selectFrom('contact')
        .select('contact.child_id')
        .where('contact.child_id', 'is not', null)
        .where('contact.received_at', '>=', new Date(`${addDays(today, -30)}T00:00:00Z`)) as never
    case 'performance_analyst':
    case 'senior_leader':
    case 'elected_member':
    case 'administrator':
      return allocated.where(sql<boolean>`false`) as never
  }
}

/** True when the principal may see this child. Callers turn false into "not found" and audit it. */
export async function canSeeChild(db: Kysely<DB>, principal: Principal, childId: number, today: IsoDate): Promise<boolean> {
  const row = await db
    .selectFrom('child')
    .select('child.id')
    .where('child.id', '=', childId)
    .where('child.id', 'in', visibleChildIds(db, principal, today))
    .executeTakeFirst()
  return row !== undefined
}
