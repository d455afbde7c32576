// Builders for the child in need, early help, court and leaving care page tests: the records a step
// follows (an authorised assessment, a plan, an episode, a care leaver), written as the fixture
// system actor like casework-fixtures.ts, and small readers for what a page wrote.
import type { Kysely } from 'kysely'
import type { DB } from '../../src/db/schema.ts'
import { writeAs } from '../../src/db/write.ts'

const SYSTEM = { id: 'system:test-fixture' }

/** GOV.UK date input fields for an ISO date: `date('startDate', '2026-11-03')`. */
export const date = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-')
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y as string }
}

export async function addAuthorisedAssessment(db: Kysely<DB>, childId: number, referralId: number, options: { startDate: string; authorisedDate: string; nfa?: boolean }) {
  return writeAs(db, SYSTEM, async (trx) => {
    const row = await trx
      .insertInto('assessment')
      .values({ child_id: childId, referral_id: referralId, start_date: options.startDate, authorised_date: options.authorisedDate, nfa: options.nfa ?? false })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

export async function addCinPlan(db: Kysely<DB>, childId: number, referralId: number, startDate: string) {
  return writeAs(db, SYSTEM, async (trx) => (await trx.insertInto('cin_plan').values({ child_id: childId, referral_id: referralId, start_date: startDate }).returning('id').executeTakeFirstOrThrow()).id)
}

export async function addCpPlan(db: Kysely<DB>, childId: number, referralId: number, startDate: string) {
  return writeAs(db, SYSTEM, async (trx) =>
    (await trx.insertInto('cp_plan').values({ child_id: childId, referral_id: referralId, start_date: startDate, initial_category: 'NEG', latest_category: 'NEG' }).returning('id').executeTakeFirstOrThrow()).id,
  )
}

export async function addEarlyHelpEpisode(db: Kysely<DB>, childId: number, options: { startDate: string; planDate?: string }) {
  return writeAs(db, SYSTEM, async (trx) =>
    (
      await trx
        .insertInto('early_help_episode')
        .values({ child_id: childId, start_date: options.startDate, reason: 'Family in acute stress', assessment_date: options.planDate ?? null, plan_date: options.planDate ?? null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  )
}

/** A care leaver: a period of care that ended, and the care leaver record. */
export async function addCareLeaver(db: Kysely<DB>, childId: number, options: { careStart: string; careEnd: string }) {
  return writeAs(db, SYSTEM, async (trx) => {
    await trx.insertInto('period_of_care').values({ child_id: childId, start_date: options.careStart, end_date: options.careEnd, reason_ceased: 'E17', category_of_need: 'N1' }).execute()
    return (await trx.insertInto('care_leaver').values({ child_id: childId, eligibility: 'former_relevant' }).returning('id').executeTakeFirstOrThrow()).id
  })
}

/** The record types of the writes audited for a child, oldest first. */
export async function auditedWrites(db: Kysely<DB>, childId: number) {
  const rows = await db.selectFrom('audit_event').select(['action', 'record_type', 'record_id', 'outcome', 'username']).where('child_id', '=', childId).where('action', 'in', ['create', 'update']).orderBy('id').execute()
  return rows
}
