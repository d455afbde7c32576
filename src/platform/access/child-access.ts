// Access is decided where data is read. `visibleChildIds(...)` is a filter over child ids that
// every query for child-level data carries; nothing relies on templates hiding things.
//   social worker / early help practitioner / personal adviser: children allocated to them or to their team
//   team manager: children allocated to their teams
//   IRO: children they are allocated to as IRO
//   screener: children with a contact received in the last 30 days (the front door is screening them)
//   analyst, senior leader, elected member, administrator: no child-level reads here (returns and
//   drill-downs go through their own audited paths; elected members get aggregates only)
// On top of the relationship:
//   break-glass opens an unrestricted child outside the relationship for the rest of that day
//   (London date), for case-working roles only;
//   a restricted child (child.is_restricted) is visible only with a live named grant: neither the
//   relationship nor break-glass opens it, because sealed records (pre-adoption files, staff
//   members' relatives) must not be reachable by an emergency route.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Principal } from '../auth/principal.ts'
import { addDays, type IsoDate } from '../time/dates.ts'

export const SCREENING_WINDOW_DAYS = 30

type ChildIdQuery = SelectQueryBuilder<DB, 'child', { child_id: number }>

/** A subquery of the child ids this principal may see: use as `.where('x.child_id', 'in', visibleChildIds(...))`. */
export function visibleChildIds(db: Kysely<DB>, principal: Principal, today: IsoDate): ChildIdQuery {
  const children = db.selectFrom('child').select('child.id as child_id')
  const related = relationshipChildIds(db, principal, today)
  if (!related) return children.where(sql<boolean>`false`)
  // Each route in, with the restriction it is subject to; the child table is then read by id only
  // (an OR of these tests over every child made the planner scan the whole table).
  const unrestricted = (ids: ReturnType<typeof candidateIds>) =>
    db.selectFrom(ids.as('r')).innerJoin('child as c', 'c.id', 'r.child_id').select('r.child_id').where('c.is_restricted', '=', false)
  const brokenGlass = candidateIds(
    db.selectFrom('break_glass_access').select('break_glass_access.child_id').where('break_glass_access.user_id', '=', principal.userId).where('break_glass_access.valid_on', '=', today),
  )
  const granted = db
    .selectFrom('access_grant')
    .innerJoin('child as c', 'c.id', 'access_grant.child_id')
    .select('access_grant.child_id')
    .where('access_grant.user_id', '=', principal.userId)
    .where('access_grant.revoked_at', 'is', null)
    .where('c.is_restricted', '=', true)
  return children.where('child.id', 'in', unrestricted(related).unionAll(unrestricted(brokenGlass)).unionAll(granted))
}

type CandidateIds = SelectQueryBuilder<DB, keyof DB, { child_id: number | null }>
const candidateIds = (query: CandidateIds) => query

/** Allocations open today, as two indexable halves: not ended, or ending today or later. */
function openAllocations(db: Kysely<DB>, today: IsoDate, who: (q: SelectQueryBuilder<DB, 'allocation', { child_id: number }>) => SelectQueryBuilder<DB, 'allocation', { child_id: number }>) {
  const base = () => db.selectFrom('allocation').select('allocation.child_id').where('allocation.start_date', '<=', today)
  return candidateIds(who(base().where('allocation.end_date', 'is', null)).unionAll(who(base().where('allocation.end_date', '>=', today))))
}

/** Children the principal has a working relationship with, or undefined for roles with no child-level reads. */
function relationshipChildIds(db: Kysely<DB>, principal: Principal, today: IsoDate): CandidateIds | undefined {
  const teamIds = principal.teamIds.length > 0 ? principal.teamIds : [-1]
  const workerId = principal.workerId ?? -1
  switch (principal.role) {
    case 'social_worker':
    case 'early_help_practitioner':
    case 'personal_adviser':
      return openAllocations(db, today, (q) => q.where((w) => w.or([w('allocation.worker_id', '=', workerId), w('allocation.team_id', 'in', teamIds)])))
    case 'team_manager':
      return openAllocations(db, today, (q) => q.where('allocation.team_id', 'in', teamIds))
    case 'iro':
      return openAllocations(db, today, (q) => q.where('allocation.worker_id', '=', workerId).where('allocation.role', '=', 'iro'))
    case 'screener':
      return candidateIds(
        db
          .selectFrom('contact')
          .select('contact.child_id')
          .where('contact.child_id', 'is not', null)
          .where('contact.received_at', '>=', new Date(`${addDays(today, -SCREENING_WINDOW_DAYS)}T00:00:00Z`)),
      )
    case 'performance_analyst':
    case 'senior_leader':
    case 'elected_member':
    case 'administrator':
      return undefined
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

/**
 * Whether a child the principal cannot see is restricted. Only for the places the law needs a
 * person to know that a record exists without seeing it (for example the front door's check for
 * an existing record before creating a new one): they show "a restricted record exists, contact
 * the team manager" and nothing else.
 */
export async function isRestrictedChild(db: Kysely<DB>, childId: number): Promise<boolean> {
  const row = await db.selectFrom('child').select('is_restricted').where('id', '=', childId).executeTakeFirst()
  return row?.is_restricted === true
}
