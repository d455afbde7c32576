// Everything the 903 for one collection year is built from, read in a handful of queries. The
// cohort is every child with a period of care open at any time in the year; care leavers are
// read separately because most of them have no period of care in the year.
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely'
import { addMonths, type IsoDate } from '../../../platform/time/dates.ts'
import type { DB } from '../../../db/schema.ts'

type Row<T extends keyof DB> = Selectable<DB[T]>

export interface ExportSource {
  periods: Row<'period_of_care'>[]
  legalStatuses: Row<'legal_status'>[]
  placements: Row<'placement'>[]
  homeAddresses: Row<'address'>[]
  children: Row<'child'>[]
  reviews: Row<'cla_review'>[]
  immigration: Row<'immigration_status'>[]
  healthChecks: Row<'health_check'>[]
  immunisations: Row<'immunisation_status'>[]
  sdqs: Row<'sdq'>[]
  offences: Row<'offence'>[]
  substanceMisuse: Row<'substance_misuse'>[]
  adoptionJourneys: Row<'adoption_journey'>[]
  previousPermanence: Row<'previous_permanence'>[]
  missing: Row<'missing_episode'>[]
  socialWorkers: { child_id: number; worker_id: number; swe_registration: string | null; start_date: string; end_date: string | null; change_reason: string | null }[]
  /** Dates of birth of the children of young people in the cohort (for MOTHER and MC_DOB). */
  motherhood: { mother_id: number; child_dob: string | null }[]
  careLeavers: Row<'care_leaver'>[]
  careLeaverContacts: Row<'care_leaver_contact'>[]
  /** Every period of care of the care leavers, however long ago. */
  careLeaverPeriods: Row<'period_of_care'>[]
}

export async function load903Source(db: Kysely<DB>, year: { start: IsoDate; end: IsoDate }): Promise<ExportSource> {
  const { start, end } = year
  const overlapsYear = periodOverlaps(year)
  const cohort = cohortOf(db, year)
  const periodIds = db.selectFrom('period_of_care').select('id').where(overlapsYear)

  const careLeavers = await db.selectFrom('care_leaver').selectAll().where('eligibility', 'in', ['relevant', 'former_relevant']).execute()
  const leaverIds = careLeavers.map((c) => c.child_id)
  const forLeavers = <T>(query: () => Promise<T[]>) => (leaverIds.length === 0 ? Promise.resolve([] as T[]) : query())

  const [periods, legalStatuses, placements, homeAddresses, cohortChildren, leaverChildren] = await Promise.all([
    db.selectFrom('period_of_care').selectAll().where(overlapsYear).orderBy('child_id').orderBy('start_date').execute(),
    db.selectFrom('legal_status').selectAll().where('period_of_care_id', 'in', periodIds).orderBy('start_date').execute(),
    db.selectFrom('placement').selectAll().where('period_of_care_id', 'in', periodIds).orderBy('start_date').execute(),
    db.selectFrom('address').selectAll().where('kind', '=', 'home').where('child_id', 'in', cohort).orderBy('start_date').execute(),
    db.selectFrom('child').selectAll().where('id', 'in', cohort).orderBy('id').execute(),
    forLeavers(() => db.selectFrom('child').selectAll().where('id', 'in', leaverIds).execute()),
  ])
  const [reviews, immigration, healthChecks, immunisations, sdqs, offences, substanceMisuse] = await Promise.all([
    db.selectFrom('cla_review').selectAll().where('period_of_care_id', 'in', periodIds).where('held_date', '>=', start).where('held_date', '<=', end).orderBy('held_date').execute(),
    db.selectFrom('immigration_status').selectAll().where('child_id', 'in', cohort).where('status', '=', 'UASC').orderBy('start_date').execute(),
    db.selectFrom('health_check').selectAll().where('child_id', 'in', cohort).where('done_date', '>=', start).where('done_date', '<=', end).execute(),
    db.selectFrom('immunisation_status').selectAll().where('child_id', 'in', cohort).where('recorded_date', '<=', end).orderBy('recorded_date').execute(),
    db.selectFrom('sdq').selectAll().where('child_id', 'in', cohort).where('completed_date', '>=', start).where('completed_date', '<=', end).orderBy('completed_date').execute(),
    db.selectFrom('offence').selectAll().where('child_id', 'in', cohort).where('offence_date', '>=', start).where('offence_date', '<=', end).execute(),
    db.selectFrom('substance_misuse').selectAll().where('child_id', 'in', cohort).where('identified_date', '>=', start).where('identified_date', '<=', end).execute(),
  ])
  const [adoptionJourneys, previousPermanence, missing, socialWorkers, motherhood, careLeaverContacts, careLeaverPeriods] = await Promise.all([
    db.selectFrom('adoption_journey').selectAll().where('child_id', 'in', cohort).orderBy('adm_decision_date').execute(),
    db.selectFrom('previous_permanence').selectAll().where('period_of_care_id', 'in', periodIds).execute(),
    db
      .selectFrom('missing_episode')
      .selectAll()
      .where('child_id', 'in', cohort)
      .where('start_date', '<=', end)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)]))
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('allocation')
      .innerJoin('worker', 'worker.id', 'allocation.worker_id')
      .select(['allocation.child_id', 'allocation.worker_id', 'worker.swe_registration', 'allocation.start_date', 'allocation.end_date', 'allocation.change_reason'])
      .where('allocation.role', '=', 'social_worker')
      .where('allocation.child_id', 'in', cohort)
      .where('allocation.start_date', '<=', end)
      .where((eb) => eb.or([eb('allocation.end_date', 'is', null), eb('allocation.end_date', '>=', start)]))
      .orderBy('allocation.start_date')
      .execute(),
    loadMotherhood(db, cohort),
    forLeavers(() =>
      db
        .selectFrom('care_leaver_contact')
        .selectAll()
        .where('child_id', 'in', leaverIds)
        .where('contact_date', '>=', addMonths(start, -3))
        .where('contact_date', '<=', addMonths(end, 1))
        .orderBy('contact_date')
        .execute(),
    ),
    forLeavers(() => db.selectFrom('period_of_care').selectAll().where('child_id', 'in', leaverIds).orderBy('start_date').execute()),
  ])
  const children = [...cohortChildren, ...leaverChildren.filter((c) => !cohortChildren.some((k) => k.id === c.id))]
  return {
    periods,
    legalStatuses,
    placements,
    homeAddresses,
    children,
    reviews,
    immigration,
    healthChecks,
    immunisations,
    sdqs,
    offences,
    substanceMisuse,
    adoptionJourneys,
    previousPermanence,
    missing,
    socialWorkers,
    motherhood,
    careLeavers,
    careLeaverContacts,
    careLeaverPeriods,
  }
}

const periodOverlaps =
  ({ start, end }: { start: IsoDate; end: IsoDate }) =>
  (eb: ExpressionBuilder<DB, 'period_of_care'>) =>
    eb.and([eb('start_date', '<=', end), eb.or([eb('end_date', 'is', null), eb('end_date', '>=', start)])])

/** Children with a period of care open at any time in the year, as a subquery. */
const cohortOf = (db: Kysely<DB>, year: { start: IsoDate; end: IsoDate }) => db.selectFrom('period_of_care').select('child_id').where(periodOverlaps(year))

/** A young person's children, recorded either way round (she has a 'child', or the baby has a 'mother'). */
async function loadMotherhood(db: Kysely<DB>, cohort: ReturnType<typeof cohortOf>): Promise<ExportSource['motherhood']> {
  const asMother = await db
    .selectFrom('relationship as r')
    .leftJoin('child as baby', 'baby.id', 'r.related_child_id')
    .leftJoin('related_person as person', 'person.id', 'r.related_person_id')
    .select(['r.child_id as mother_id', 'baby.date_of_birth as baby_dob', 'person.date_of_birth as person_dob'])
    .where('r.kind', '=', 'child')
    .where('r.child_id', 'in', cohort)
    .execute()
  const asBaby = await db
    .selectFrom('relationship as r')
    .innerJoin('child as baby', 'baby.id', 'r.child_id')
    .select(['r.related_child_id as mother_id', 'baby.date_of_birth as child_dob'])
    .where('r.kind', '=', 'mother')
    .where('r.related_child_id', 'in', cohort)
    .execute()
  return [
    ...asMother.map((r) => ({ mother_id: r.mother_id, child_dob: r.baby_dob ?? r.person_dob })),
    ...asBaby.flatMap((r) => (r.mother_id === null ? [] : [{ mother_id: r.mother_id, child_dob: r.child_dob }])),
  ]
}
