// Reads the rows the timescale engine needs and maps them to its ChildRecordFacts input, for a
// batch of children at once (a caseload is one round of queries, not one per child). The caller
// passes only child ids it has already scoped by access (visibleChildIds or case-access.ts).
import type { Kysely } from 'kysely'
import { jsonArrayFrom } from 'kysely/helpers/postgres'
import { compiledQueryCache } from '../../db/compiled-query-cache.ts'
import type { DB } from '../../db/schema.ts'
import type { ChildRecordFacts, PeriodOfCareFacts, PlacementFacts, VisitCircumstance } from '../timescales/record-facts.ts'

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] }
type FactsBuilder = Mutable<ChildRecordFacts>

const LONG_TERM_PLACEMENTS = new Set(['U1', 'U4'])
const SHORT_BREAKS = new Set(['V3', 'V4'])

function emptyFacts(dateOfBirth: string | null): FactsBuilder {
  return {
    ...(dateOfBirth ? { dateOfBirth } : {}),
    contacts: [],
    referrals: [],
    assessments: [],
    strategyDiscussions: [],
    section47Enquiries: [],
    childProtectionPlans: [],
    childInNeedPlans: [],
    periodsOfCare: [],
    healthAssessments: [],
    personalEducationPlans: [],
    missingEpisodes: [],
    careProceedings: [],
    earlyHelpEpisodes: [],
  }
}

function groupBy<T extends { child_id: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const row of rows) {
    const list = map.get(row.child_id) ?? []
    list.push(row)
    map.set(row.child_id, list)
  }
  return map
}

const opt = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V }

/** The same caseload's facts query, compiled once: keyed by its child ids, its only input. */
const compiled = compiledQueryCache()

export async function loadChildFacts(db: Kysely<DB>, childIds: readonly number[]): Promise<Map<number, ChildRecordFacts>> {
  const result = new Map<number, ChildRecordFacts>()
  if (childIds.length === 0) return result
  const ids = [...childIds]
  // One round trip: every table's rows come back as a JSON array in a single statement (24 separate
  // queries cost more in round trips than in work). JSON carries dates as 'YYYY-MM-DD' text, as the
  // pool's parsers do; timestamps arrive as text and are turned into Dates below.
  const query = compiled(ids.join(','), () => db.selectNoFrom(() => [
      jsonArrayFrom(db.selectFrom('child').select(['id', 'date_of_birth', 'expected_date_of_birth']).where('id', 'in', ids)).as('children'),
      jsonArrayFrom(db
        .selectFrom('contact')
        .leftJoin('screening_decision', 'screening_decision.contact_id', 'contact.id')
        .select(['contact.child_id', 'contact.received_at', 'screening_decision.decided_at'])
        .where('contact.child_id', 'in', ids)).as('contacts'),
      jsonArrayFrom(db.selectFrom('referral').select(['child_id', 'referral_date', 'nfa']).where('child_id', 'in', ids)).as('referrals'),
      jsonArrayFrom(db
        .selectFrom('assessment')
        .innerJoin('referral', 'referral.id', 'assessment.referral_id')
        .select(['assessment.child_id', 'referral.referral_date', 'assessment.start_date', 'assessment.child_seen_date', 'assessment.authorised_date'])
        .where('assessment.child_id', 'in', ids)).as('assessments'),
      jsonArrayFrom(db.selectFrom('strategy_discussion').select(['child_id', 'held_date']).where('child_id', 'in', ids)).as('strategies'),
      jsonArrayFrom(db
        .selectFrom('s47_enquiry')
        .leftJoin('strategy_discussion', 'strategy_discussion.id', 's47_enquiry.strategy_discussion_id')
        .select(['s47_enquiry.child_id', 's47_enquiry.start_date', 's47_enquiry.icpc_date', 's47_enquiry.icpc_not_required', 'strategy_discussion.held_date'])
        .where('s47_enquiry.child_id', 'in', ids)).as('enquiries'),
      jsonArrayFrom(db.selectFrom('cp_plan').select(['id', 'child_id', 'start_date', 'end_date', 'pre_birth']).where('child_id', 'in', ids)).as('cpPlans'),
      jsonArrayFrom(db.selectFrom('cp_review').select(['child_id', 'cp_plan_id', 'held_date']).where('child_id', 'in', ids).where('held_date', 'is not', null)).as('cpReviews'),
      jsonArrayFrom(db.selectFrom('core_group').select(['child_id', 'cp_plan_id', 'held_date']).where('child_id', 'in', ids)).as('coreGroups'),
      jsonArrayFrom(db.selectFrom('cin_plan').select(['id', 'child_id', 'start_date', 'end_date']).where('child_id', 'in', ids)).as('cinPlans'),
      jsonArrayFrom(db.selectFrom('cin_plan_review').select(['child_id', 'cin_plan_id', 'held_date']).where('child_id', 'in', ids).where('held_date', 'is not', null)).as('cinReviews'),
      jsonArrayFrom(db.selectFrom('period_of_care').select(['id', 'child_id', 'start_date', 'end_date']).where('child_id', 'in', ids)).as('periods'),
      jsonArrayFrom(db.selectFrom('legal_status').select(['child_id', 'period_of_care_id', 'code', 'start_date', 'end_date']).where('child_id', 'in', ids)).as('legalStatuses'),
      jsonArrayFrom(db.selectFrom('placement').select(['child_id', 'period_of_care_id', 'placement_type', 'start_date', 'end_date']).where('child_id', 'in', ids)).as('placements'),
      jsonArrayFrom(db.selectFrom('cla_review').select(['child_id', 'period_of_care_id', 'held_date']).where('child_id', 'in', ids).where('cancelled', '=', false).where('held_date', 'is not', null)).as('claReviews'),
      jsonArrayFrom(db.selectFrom('visit').select(['child_id', 'kind', 'visit_date']).where('child_id', 'in', ids).where('kind', '=', 'cla')).as('visits'),
      jsonArrayFrom(db.selectFrom('health_check').select(['child_id', 'kind', 'done_date']).where('child_id', 'in', ids).where('status', '=', 'completed').where('done_date', 'is not', null)).as('health'),
      jsonArrayFrom(db.selectFrom('personal_education_plan').select(['child_id', 'plan_date']).where('child_id', 'in', ids)).as('peps'),
      jsonArrayFrom(db.selectFrom('missing_episode').select(['child_id', 'start_date', 'end_date', 'rhi_offered', 'rhi_accepted', 'rhi_date']).where('child_id', 'in', ids).where('kind', '=', 'M')).as('missing'),
      jsonArrayFrom(db.selectFrom('care_proceedings').select(['child_id', 'application_date', 'final_order_date']).where('child_id', 'in', ids)).as('proceedings'),
      jsonArrayFrom(db.selectFrom('care_leaver').select(['child_id', 'pathway_plan_date', 'pathway_plan_review_date', 'recorded_at']).where('child_id', 'in', ids)).as('careLeavers'),
      jsonArrayFrom(db.selectFrom('care_leaver_contact').select(['child_id', 'contact_date']).where('child_id', 'in', ids)).as('leaverContacts'),
      jsonArrayFrom(db.selectFrom('early_help_episode').select(['id', 'child_id', 'start_date', 'end_date', 'assessment_date', 'plan_date']).where('child_id', 'in', ids)).as('earlyHelp'),
      jsonArrayFrom(db.selectFrom('early_help_review').select(['child_id', 'episode_id', 'held_date']).where('child_id', 'in', ids).where('held_date', 'is not', null)).as('earlyHelpReviews'),
    ]))
  const row = (await db.executeQuery(query)).rows[0]
  if (!row) throw new Error('The facts query returned no row')
  const { children, contacts, referrals, assessments, strategies, enquiries, cpPlans, cpReviews, coreGroups, cinPlans, cinReviews, periods, legalStatuses, placements, claReviews, visits, health, peps, missing, proceedings, careLeavers, leaverContacts, earlyHelp, earlyHelpReviews } = row

  const facts = new Map<number, FactsBuilder>()
  for (const child of children) facts.set(child.id, emptyFacts(child.date_of_birth))
  const get = (childId: number) => facts.get(childId)
  for (const row of contacts) get(row.child_id as number)?.contacts.push({ receivedAt: new Date(row.received_at), ...opt('screeningDecidedAt', row.decided_at === null ? null : new Date(row.decided_at)) })
  for (const row of referrals) get(row.child_id)?.referrals.push({ date: row.referral_date, noFurtherAction: row.nfa })
  for (const row of assessments)
    get(row.child_id)?.assessments.push({
      referralDate: row.referral_date,
      startDate: row.start_date,
      ...opt('childSeenDate', row.child_seen_date),
      ...opt('authorisedDate', row.authorised_date),
      managerReviews: [],
    })
  for (const row of strategies) get(row.child_id)?.strategyDiscussions.push({ heldOn: row.held_date })
  for (const row of enquiries)
    get(row.child_id)?.section47Enquiries.push({
      startDate: row.start_date,
      strategyDiscussionDate: row.held_date ?? row.start_date,
      ...opt('icpcDate', row.icpc_date),
      conferenceNotNeeded: row.icpc_not_required,
    })
  const expectedBirth = new Map(children.map((c) => [c.id, { expected: c.expected_date_of_birth, born: c.date_of_birth }]))
  for (const plan of cpPlans) {
    const birth = expectedBirth.get(plan.child_id)
    get(plan.child_id)?.childProtectionPlans.push({
      startDate: plan.start_date,
      ...opt('endDate', plan.end_date),
      reviewConferences: cpReviews.filter((r) => r.cp_plan_id === plan.id).map((r) => r.held_date as string),
      coreGroups: coreGroups.filter((r) => r.cp_plan_id === plan.id).map((r) => r.held_date),
      ...(plan.pre_birth && birth?.expected ? { preBirth: { expectedBirthDate: birth.expected, ...opt('birthDate', birth.born) } } : {}),
    })
  }
  for (const plan of cinPlans)
    get(plan.child_id)?.childInNeedPlans.push({
      startDate: plan.start_date,
      ...opt('endDate', plan.end_date),
      reviews: cinReviews.filter((r) => r.cin_plan_id === plan.id).map((r) => r.held_date as string),
    })
  const visitsByChild = groupBy(visits)
  for (const period of periods) {
    const statuses = legalStatuses.filter((s) => s.period_of_care_id === period.id)
    const placementFacts: PlacementFacts[] = placements
      .filter((p) => p.period_of_care_id === period.id)
      .map((p) => {
        const status = statuses.find((s) => s.start_date <= p.start_date && (s.end_date === null || s.end_date > p.start_date))?.code
        const circumstance: VisitCircumstance =
          p.placement_type === 'P1' ? (status === 'C1' ? 'interim_care_order_at_home' : status === 'C2' ? 'care_order_at_home' : 'placed_with_parent_before_assessment') : 'standard'
        return {
          startDate: p.start_date,
          ...opt('endDate', p.end_date),
          placementType: p.placement_type,
          intendedToLastUntil18: LONG_TERM_PLACEMENTS.has(p.placement_type),
          visitCircumstance: circumstance,
        }
      })
    const value: PeriodOfCareFacts = {
      startDate: period.start_date,
      ...opt('endDate', period.end_date),
      shortBreaks: statuses.length > 0 && statuses.every((s) => SHORT_BREAKS.has(s.code)),
      placements: placementFacts,
      reviews: claReviews.filter((r) => r.period_of_care_id === period.id).map((r) => r.held_date as string),
      visits: (visitsByChild.get(period.child_id) ?? [])
        .filter((v) => v.visit_date >= period.start_date && (period.end_date === null || v.visit_date <= period.end_date))
        .map((v) => v.visit_date),
    }
    get(period.child_id)?.periodsOfCare.push(value)
  }
  for (const row of health)
    if (row.kind !== 'dental') get(row.child_id)?.healthAssessments.push({ date: row.done_date as string, kind: row.kind === 'initial_health' ? 'initial' : 'review' })
  for (const row of peps) get(row.child_id)?.personalEducationPlans.push(row.plan_date)
  for (const row of missing)
    get(row.child_id)?.missingEpisodes.push({
      startDate: row.start_date,
      ...opt('returnedOn', row.end_date),
      ...(row.rhi_accepted === false && row.rhi_offered ? opt('returnInterviewDeclinedOn', row.rhi_date ?? row.end_date) : opt('returnInterviewDate', row.rhi_date)),
    })
  for (const row of proceedings) get(row.child_id)?.careProceedings.push({ issuedOn: row.application_date, ...opt('concludedOn', row.final_order_date) })
  for (const row of careLeavers) {
    const child = get(row.child_id)
    if (!child) continue
    const lastCare = child.periodsOfCare.map((p) => p.endDate).filter((d): d is string => d !== undefined).sort().at(-1)
    child.careLeaver = {
      supportStartDate: lastCare ?? row.pathway_plan_date ?? new Date(row.recorded_at).toISOString().slice(0, 10),
      pathwayPlans: [row.pathway_plan_date, row.pathway_plan_review_date].filter((d): d is string => d !== null),
      personalAdviserContacts: leaverContacts.filter((c) => c.child_id === row.child_id).map((c) => c.contact_date),
      moves: [],
    }
  }
  for (const episode of earlyHelp)
    get(episode.child_id)?.earlyHelpEpisodes.push({
      startDate: episode.start_date,
      ...opt('endDate', episode.end_date),
      ...opt('assessmentDate', episode.assessment_date),
      ...opt('planDate', episode.plan_date),
      reviews: earlyHelpReviews.filter((r) => r.episode_id === episode.id).map((r) => r.held_date as string),
    })
  for (const [id, value] of facts) result.set(id, value)
  return result
}
