// SQL for caseloads and team views. Every child-level query carries the access filter.
import { sql, type Kysely } from 'kysely'
import { compiledQueryCache } from '../../db/compiled-query-cache.ts'
import type { DB } from '../../db/schema.ts'
import { visibleChildIds } from '../../platform/access/child-access.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import type { IsoDate } from '../../platform/time/dates.ts'

const openAllocation = (today: IsoDate) => sql<boolean>`(allocation.end_date is null or allocation.end_date > ${today})`

/** The caseload query depends only on who asks and the day; compiled once per pair. */
const compiled = compiledQueryCache()

export async function caseloadRows(db: Kysely<DB>, principal: Principal, today: IsoDate) {
  const key = JSON.stringify([principal.userId, principal.role, principal.workerId, principal.teamIds, today])
  const query = compiled(key, () => caseloadQuery(db, principal, today))
  return (await db.executeQuery(query)).rows
}

function caseloadQuery(db: Kysely<DB>, principal: Principal, today: IsoDate) {
  return db
    .selectFrom('allocation')
    .innerJoin('child', 'child.id', 'allocation.child_id')
    .select(['child.id as child_id', 'child.forename', 'child.surname', 'child.date_of_birth', 'allocation.role', 'allocation.start_date'])
    .where('allocation.worker_id', '=', principal.workerId ?? -1)
    .where(openAllocation(today))
    .where('child.id', 'in', visibleChildIds(db, principal, today))
    .orderBy('child.surname')
    .orderBy('child.forename')
}

export async function teamWorkerRows(db: Kysely<DB>, teamIds: readonly number[], today: IsoDate) {
  if (teamIds.length === 0) return []
  return db
    .selectFrom('worker')
    .innerJoin('team', 'team.id', 'worker.team_id')
    .leftJoin('allocation', (join) => join.onRef('allocation.worker_id', '=', 'worker.id').on(openAllocation(today)))
    .select(['worker.id', 'worker.forename', 'worker.surname', 'worker.role', 'worker.fte', 'team.name as team_name', sql<number>`count(allocation.id)::int`.as('children')])
    .where('worker.team_id', 'in', [...teamIds])
    .where((eb) => eb.or([eb('worker.end_date', 'is', null), eb('worker.end_date', '>', today)]))
    .groupBy(['worker.id', 'team.name'])
    .orderBy('worker.surname')
    .execute()
}

export async function teamChildRows(db: Kysely<DB>, principal: Principal, today: IsoDate) {
  if (principal.teamIds.length === 0) return []
  return db
    .selectFrom('allocation')
    .innerJoin('child', 'child.id', 'allocation.child_id')
    .select(['child.id as child_id', 'child.forename', 'child.surname', 'allocation.worker_id'])
    .where('allocation.team_id', 'in', principal.teamIds)
    .where(openAllocation(today))
    .where('child.id', 'in', visibleChildIds(db, principal, today))
    .execute()
}

/** Open referrals sent to the teams with nobody allocated to the child. */
export async function unallocatedRows(db: Kysely<DB>, teamIds: readonly number[], today: IsoDate) {
  if (teamIds.length === 0) return []
  return db
    .selectFrom('referral')
    .innerJoin('child', 'child.id', 'referral.child_id')
    .innerJoin('team', 'team.id', 'referral.team_id')
    .select(['child.id as child_id', 'child.forename', 'child.surname', 'referral.referral_date', 'team.name as team_name'])
    .where('referral.team_id', 'in', [...teamIds])
    .where('referral.nfa', '=', false)
    .where((eb) => eb.or([eb('referral.closure_date', 'is', null), eb('referral.closure_date', '>', today)]))
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('allocation').select('allocation.id').whereRef('allocation.child_id', '=', 'referral.child_id').where(openAllocation(today)))),
    )
    .orderBy('referral.referral_date')
    .execute()
}

export async function openAllocationRows(db: Kysely<DB>, childId: number, today: IsoDate) {
  return db
    .selectFrom('allocation')
    .innerJoin('worker', 'worker.id', 'allocation.worker_id')
    .select(['allocation.id', 'allocation.role', 'allocation.worker_id', 'allocation.start_date', 'worker.forename', 'worker.surname'])
    .where('allocation.child_id', '=', childId)
    .where(openAllocation(today))
    .execute()
}
