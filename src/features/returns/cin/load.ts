// Reads what the CIN census needs for a collection year: every child with a CIN episode
// (referral) open at any point in the year, and that child's casework. All SQL for the census
// lives here; census.ts turns the rows into census records.
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import type { IsoDate } from '../../../platform/time/dates.ts'

export async function loadCinRows(db: Kysely<DB>, period: { start: IsoDate; end: IsoDate }) {
  const { start, end } = period
  const inYear = db
    .selectFrom('referral')
    .select('referral.child_id')
    .where('referral.referral_date', '<=', end)
    .where((eb) => eb.or([eb('referral.closure_date', 'is', null), eb('referral.closure_date', '>=', start)]))
  const [children, disabilities, referrals, assessments, factors, cinPlans, s47s, cpPlans, reviews] = await Promise.all([
    db.selectFrom('child').select(['id', 'sex', 'date_of_birth', 'expected_date_of_birth', 'date_of_death', 'upn', 'upn_unknown_reason', 'ethnicity']).where('id', 'in', inYear).orderBy('id').execute(),
    db.selectFrom('child_disability').select(['child_id', 'code', 'start_date']).where('child_id', 'in', inYear).orderBy('child_id').orderBy('code').execute(),
    db
      .selectFrom('referral')
      .select(['id', 'child_id', 'referral_date', 'source', 'primary_need', 'nfa', 'closure_date', 'closure_reason'])
      .where('referral_date', '<=', end)
      .where((eb) => eb.or([eb('closure_date', 'is', null), eb('closure_date', '>=', start)]))
      .orderBy('child_id')
      .orderBy('referral_date')
      .orderBy('id')
      .execute(),
    db.selectFrom('assessment').select(['id', 'referral_id', 'start_date', 'authorised_date']).where('child_id', 'in', inYear).orderBy('start_date').orderBy('id').execute(),
    db
      .selectFrom('assessment_factor')
      .select(['assessment_id', 'code'])
      .where('child_id', 'in', inYear)
      .orderBy('assessment_id')
      .orderBy('code')
      .execute(),
    db.selectFrom('cin_plan').select(['id', 'referral_id', 'start_date', 'end_date']).where('child_id', 'in', inYear).orderBy('start_date').orderBy('id').execute(),
    db
      .selectFrom('s47_enquiry')
      .select(['id', 'referral_id', 'start_date', 'end_date', 'icpc_target_date', 'icpc_date', 'icpc_not_required'])
      .where('child_id', 'in', inYear)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    // Every plan the child has had, for NumberOfPreviousCPP; census.ts keeps the year's.
    db
      .selectFrom('cp_plan')
      .select(['id', 'child_id', 'referral_id', 's47_enquiry_id', 'start_date', 'end_date', 'initial_category', 'latest_category'])
      .where('child_id', 'in', inYear)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('cp_review')
      .select(['cp_plan_id', 'held_date'])
      .where('child_id', 'in', inYear)
      .where('held_date', 'is not', null)
      .orderBy('held_date')
      .execute(),
  ])
  return { children, disabilities, referrals, assessments, factors, cinPlans, s47s, cpPlans, reviews }
}

export type CinRows = Awaited<ReturnType<typeof loadCinRows>>
