// The 25 headline indicators of csc-definitions.md §3.1, declared once. Where a row carries
// several measures (19, 20, 23, 24, 25) each measure is its own indicator.
import { addDays, addMonths, addYears, daysBetween, londonDate } from '../../../platform/time/dates.ts'
import type { Indicator, Item } from './indicator.ts'
import { childItem, EET_ACTIVITIES, eventItem, only, rowItem, share, threeYearsFrom } from './items.ts'
import {
  openOn,
  overlaps,
  TEMPORARY_PLACEMENTS,
  within,
  workingDaysBetween,
  type RecordIndex,
} from './record-index.ts'

const CHILD_BREAKDOWNS = ['ward', 'team', 'worker', 'age_band', 'sex', 'ethnicity', 'level_of_need'] as const
const CLA_BREAKDOWNS = ['ward', 'team', 'worker', 'age_band', 'sex', 'ethnicity', 'placement_type'] as const

/** Referrals in the window; two referrals for one child on one day are one referral. */
function referralsIn(record: RecordIndex, from: string, to: string) {
  return record.memo(`referralsIn|${from}|${to}`, () => {
    const sorted = distinctReferrals(record)
    return sorted.slice(firstOnOrAfter(sorted, from), firstOnOrAfter(sorted, addDays(to, 1)))
  })
}

/** The referrals of the window as items (the same objects for every indicator that counts them). */
function referralItemsIn(record: RecordIndex, from: string, to: string): Item[] {
  return record.memo(`referralItemsIn|${from}|${to}`, () =>
    referralsIn(record, from, to).map((r) => referralItem(record, r)),
  )
}

/**
 * The referrals sorted once by date (then id), keeping the first of two for one child on one day.
 * Both fall in or out of any window together, so each window is a slice of this list.
 */
function distinctReferrals(record: RecordIndex) {
  return record.memo('distinctReferrals', () => {
    const sorted = [...record.record.referrals].sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id,
    )
    const seen = new Set<string>()
    return sorted.filter((r) => {
      const key = `${r.childId}:${r.start}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  })
}

/** Index of the first of `sorted` (by start) starting on or after `date`. */
function firstOnOrAfter(sorted: ReadonlyArray<{ start: string }>, date: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as { start: string }).start < date) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** A referral within 12 months of an earlier referral for the same child (fixed for the record, so remembered). */
const rereferrals = new WeakMap<object, boolean>()
function isRereferral(record: RecordIndex, referral: RecordIndex['record']['referrals'][number]): boolean {
  let result = rereferrals.get(referral)
  if (result === undefined) {
    const since = record.shiftMonths(referral.start, -12)
    result = (record.referralsByChild.get(referral.childId) ?? []).some(
      (p) => p.start < referral.start && p.start >= since,
    )
    rereferrals.set(referral, result)
  }
  return result
}

/** Numerator = the denominator items whose matching row passes the test (items built from rows, in order). */
function shareOf<T>(rows: readonly T[], items: Item[], passes: (row: T) => boolean) {
  return { numerator: items.filter((_, i) => passes(rows[i] as T)), denominator: items }
}

const referralItems = new WeakMap<object, Item>()
const assessmentItems = new WeakMap<object, Item>()
function referralItem(
  record: RecordIndex,
  r: { id: number; childId: number; start: string; teamId: number | null; workerId: number | null },
): Item {
  return rowItem(referralItems, r, () =>
    eventItem(record, 'referral', r.id, r.childId, r.start, { teamId: r.teamId, workerId: r.workerId }),
  )
}

function claOnItems(record: RecordIndex, date: string): Item[] {
  return record.memo(`claItems|${date}`, () =>
    record.lookedAfterOn(date).map((id) => childItem(record, id, date)),
  )
}

/** CLA on the date who had been looked after continuously for 12 months (SSDA903 OC2 cohort). */
function oc2Cohort(record: RecordIndex, date: string): Item[] {
  return record.memo(`oc2|${date}`, () => {
    const yearAgo = addYears(date, -1)
    return claOnItems(record, date).filter((item) => {
      const period = record.currentPeriod(item.childId ?? -1, date)
      return period !== undefined && period.start <= yearAgo
    })
  })
}

function careLeaversAged(record: RecordIndex, date: string, from: number, to: number): Item[] {
  const items: Item[] = []
  for (const [childId, eligibility] of record.record.careLeavers) {
    if (eligibility !== 'former_relevant') continue
    const age = record.age(childId, date)
    if (age !== null && age >= from && age <= to)
      items.push(childItem(record, childId, date, { workerId: null, teamId: null }))
  }
  return items
}

function latestContact(record: RecordIndex, childId: number, from: string, to: string) {
  let latest: RecordIndex['record']['careLeaverContacts'][number] | undefined
  for (const c of record.byChild('careLeaverContacts').get(childId) ?? []) {
    if (within(c.date, from, to) && (!latest || c.date >= latest.date)) latest = c
  }
  return latest
}

const careLeaverIndicator = (
  id: string,
  name: string,
  ages: [number, number],
  test: (c: RecordIndex['record']['careLeaverContacts'][number]) => boolean,
  row: 23 | 24,
): Indicator => ({
  id,
  name,
  group: 'headline',
  headlineRow: row,
  definition: `Former relevant care leavers aged ${ages[0]} to ${ages[1]} on the date whose latest contact in the 12 months shows ${row === 23 ? 'education, employment or training' : 'suitable accommodation'}, as a percentage of all former relevant care leavers of that age. “Information not known” stays in the denominator.`,
  source: 'SSDA903 OC3; national framework Outcome 4',
  polarity: 'higher',
  unit: 'percent',
  timing: 'stock',
  numeratorCohort: `Care leavers aged ${ages[0]}–${ages[1]} ${row === 23 ? 'in education, employment or training' : 'in suitable accommodation'}`,
  denominatorCohort: `Former relevant care leavers aged ${ages[0]}–${ages[1]}`,
  breakdowns: ['ward', 'age_band', 'sex', 'ethnicity'],
  count: (record, { date, from }) =>
    share(careLeaversAged(record, date, ages[0], ages[1]), (item) => {
      const contact = latestContact(record, item.childId ?? -1, from, date)
      return contact !== undefined && test(contact)
    }),
})

export const HEADLINE_INDICATORS: Indicator[] = [
  {
    id: 'referrals_rate',
    name: 'Referrals per 10,000 children',
    group: 'headline',
    headlineRow: 1,
    definition:
      'Referrals received in the 12 months ending on the date, per 10,000 children aged 0 to 17 (ONS mid-year estimate of the previous June). Two referrals for one child on one day count once.',
    source: 'CIN census table C1',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'flow',
    numeratorCohort: 'Referrals received in the 12 months',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: [...CHILD_BREAKDOWNS],
    benchmark: { measure: 'referrals_rate_per_10000', countMeasure: 'referrals_count' },
    count: (record, { date, from }) => only(referralItemsIn(record, from, date)),
  },
  {
    id: 'rereferrals_12m',
    name: 'Re-referrals within 12 months',
    group: 'headline',
    headlineRow: 2,
    definition:
      'Referrals in the 12 months that came within 12 months of a previous referral for the same child, as a percentage of all referrals in the 12 months.',
    source: 'CIN census table C1; national framework Outcome 1',
    polarity: 'lower',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Referrals within 12 months of a previous referral',
    denominatorCohort: 'Referrals received in the 12 months',
    breakdowns: [...CHILD_BREAKDOWNS],
    benchmark: { measure: 'rereferrals_within_12_months_percent' },
    count: (record, { date, from }) => {
      return shareOf(referralsIn(record, from, date), referralItemsIn(record, from, date), (r) =>
        isRereferral(record, r),
      )
    },
  },
  {
    id: 'referrals_nfa',
    name: 'Referrals leading to no further action',
    group: 'headline',
    headlineRow: 3,
    definition:
      'Referrals in the 12 months flagged “no further action”, as a percentage of all referrals in the 12 months.',
    source: 'CIN census table C1 (ReferralNFA)',
    polarity: 'contextual',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Referrals with no further action',
    denominatorCohort: 'Referrals received in the 12 months',
    breakdowns: [...CHILD_BREAKDOWNS],
    count: (record, { date, from }) => {
      return shareOf(referralsIn(record, from, date), referralItemsIn(record, from, date), (r) => r.nfa)
    },
  },
  {
    id: 'referral_decision_1wd',
    name: 'Referral decisions within 1 working day',
    group: 'headline',
    headlineRow: 4,
    definition:
      'Referrals in the 12 months whose decision on the type of response was recorded within 1 working day of receipt, as a percentage of referrals with a recorded receipt time.',
    source: 'Working Together: decision within one working day (local measure, not in the CIN census)',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Referrals decided within 1 working day',
    denominatorCohort: 'Referrals in the 12 months with a receipt time',
    breakdowns: [...CHILD_BREAKDOWNS],
    count: (record, { date, from }) => {
      const referrals = referralsIn(record, from, date).filter((r) => r.receivedAt !== null)
      return shareOf(
        referrals,
        referrals.map((r) => referralItem(record, r)),
        (r) => r.decisionAt !== null && r.receivedAt !== null && decidedInTime(r),
      )
    },
  },
  {
    id: 'assessments_45wd',
    name: 'Assessments completed within 45 working days',
    group: 'headline',
    headlineRow: 5,
    definition:
      'Assessments authorised in the 12 months that took 45 working days or fewer from start to authorisation, as a percentage of assessments authorised in the 12 months (DfE basis; the Working Together clock starts at the referral).',
    source: 'CIN census C2 duration bands; Working Together',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Assessments completed within 45 working days',
    denominatorCohort: 'Assessments authorised in the 12 months',
    breakdowns: [...CHILD_BREAKDOWNS],
    count: (record, { date, from }) => {
      const done = record.record.assessments.filter((a) => within(a.authorised, from, date))
      return shareOf(
        done,
        done.map((a) =>
          rowItem(assessmentItems, a, () =>
            eventItem(record, 'assessment', a.id, a.childId, a.authorised as string),
          ),
        ),
        (a) => workingDaysBetween(a.start, a.authorised as string) <= 45,
      )
    },
  },
  {
    id: 'cin_rate',
    name: 'Children in need per 10,000 children',
    group: 'headline',
    headlineRow: 6,
    definition:
      'Children with a child in need episode open at the end of the date (including those on a child protection plan or looked after), per 10,000 children aged 0 to 17.',
    source: 'CIN census B1; national framework',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'stock',
    numeratorCohort: 'Children in need on the date',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: [...CHILD_BREAKDOWNS],
    benchmark: { measure: 'cin_31_march_rate_per_10000', countMeasure: 'cin_31_march_count' },
    count: (record, { date }) => only(record.childrenInNeedOn(date).map((id) => childItem(record, id, date))),
  },
  {
    id: 's47_rate',
    name: 'Section 47 enquiries per 10,000 children',
    group: 'headline',
    headlineRow: 7,
    definition: 'Section 47 enquiries started in the 12 months, per 10,000 children aged 0 to 17.',
    source: 'CIN census C4',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'flow',
    numeratorCohort: 'Section 47 enquiries started in the 12 months',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: [...CHILD_BREAKDOWNS],
    count: (record, { date, from }) =>
      only(
        record.record.s47s
          .filter((s) => within(s.start, from, date))
          .map((s) => eventItem(record, 's47', s.id, s.childId, s.start)),
      ),
  },
  {
    id: 'icpc_15wd',
    name: 'Initial child protection conferences within 15 working days',
    group: 'headline',
    headlineRow: 8,
    definition:
      'Initial conferences held in the 12 months within 15 working days of the section 47 start date, as a percentage of initial conferences held in the 12 months (DfE method; conferences dated before the S47 start are left out).',
    source: 'CIN census C4; Working Together',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Initial conferences within 15 working days',
    denominatorCohort: 'Initial conferences held in the 12 months',
    breakdowns: [...CHILD_BREAKDOWNS],
    count: (record, { date, from }) => {
      const held = record.record.s47s.filter(
        (s) => within(s.icpcDate, from, date) && (s.icpcDate as string) >= s.start,
      )
      const inTime = new Set(
        held
          .filter((s) => workingDaysBetween(s.start, s.icpcDate as string) <= 15)
          .map((s) => `icpc:${s.id}`),
      )
      return share(
        held.map((s) => eventItem(record, 'icpc', s.id, s.childId, s.icpcDate as string)),
        (item) => inTime.has(item.key),
      )
    },
  },
  {
    id: 'cp_rate',
    name: 'Children on a child protection plan per 10,000 children',
    group: 'headline',
    headlineRow: 9,
    definition:
      'Children on a child protection plan at the end of the date, per 10,000 children aged 0 to 17.',
    source: 'CIN census D tables',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'stock',
    numeratorCohort: 'Children on a child protection plan',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: [...CHILD_BREAKDOWNS],
    benchmark: { countMeasure: 'cpp_31_march_count' },
    count: (record, { date }) => {
      const ids = [...new Set(record.onPlanOn(date).map((p) => p.childId))].sort((a, b) => a - b)
      return only(ids.map((id) => childItem(record, id, date)))
    },
  },
  {
    id: 'cp_second_subsequent',
    name: 'Child protection plans that are a second or later plan',
    group: 'headline',
    headlineRow: 10,
    definition:
      'Child protection plans starting in the 12 months where the child had at least one earlier plan (ever), as a percentage of plans starting in the 12 months.',
    source: 'CIN census D3 (NumberOfPreviousCPP)',
    polarity: 'lower',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Plans starting that are a second or later plan',
    denominatorCohort: 'Plans starting in the 12 months',
    breakdowns: [...CHILD_BREAKDOWNS],
    benchmark: { measure: 'cpp_second_or_subsequent_percent' },
    count: (record, { date, from }) => {
      const starting = record.record.cpPlans.filter((p) => within(p.start, from, date))
      const repeat = new Set(
        starting
          .filter((p) =>
            (record.cpPlansByChild.get(p.childId) ?? []).some((q) => q.id !== p.id && q.start < p.start),
          )
          .map((p) => `cp_plan:${p.id}`),
      )
      return share(
        starting.map((p) => eventItem(record, 'cp_plan', p.id, p.childId, p.start)),
        (item) => repeat.has(item.key),
      )
    },
  },
  {
    id: 'cp_2_years',
    name: 'Child protection plans lasting 2 years or more',
    group: 'headline',
    headlineRow: 11,
    definition:
      'Plans open at the end of the date that started 2 years or more before it, as a percentage of plans open on the date.',
    source: 'CIN census D5',
    polarity: 'lower',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Plans open for 2 years or more',
    denominatorCohort: 'Plans open on the date',
    breakdowns: [...CHILD_BREAKDOWNS],
    benchmark: { measure: 'cpp_31_march_2_years_or_more_percent' },
    count: (record, { date }) => {
      const cutoff = addYears(date, -2)
      const plans = record.onPlanOn(date)
      const long = new Set(plans.filter((p) => p.start <= cutoff).map((p) => `cp_plan:${p.id}`))
      return share(
        plans.map((p) => eventItem(record, 'cp_plan', p.id, p.childId, date)),
        (item) => long.has(item.key),
      )
    },
  },
  {
    id: 'cp_reviews_timescale',
    name: 'Child protection reviews in timescale',
    group: 'headline',
    headlineRow: 12,
    definition:
      'Children on a plan for 3 months or more on the date whose first review was within 3 months of the plan starting and each later review within 6 months of the one before, with none overdue on the date, as a percentage of those children.',
    source: 'COLLECT “KI Children – CPPs reviewed within timescales”; Working Together',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children whose reviews were all in timescale',
    denominatorCohort: 'Children on a plan for 3 months or more',
    breakdowns: [...CHILD_BREAKDOWNS],
    count: (record, { date }) => {
      const threeMonthsAgo = addMonths(date, -3)
      const plans = record.onPlanOn(date).filter((p) => p.start <= threeMonthsAgo)
      const good = new Set<string>()
      for (const plan of plans) {
        const held = (record.byChild('cpReviews').get(plan.childId) ?? [])
          .filter((r) => r.planId === plan.id && r.held !== null && r.held <= date)
          .map((r) => r.held as string)
          .sort()
        let previous = plan.start
        let ok = true
        for (const [i, reviewDate] of held.entries()) {
          if (reviewDate > record.shiftMonths(previous, i === 0 ? 3 : 6)) ok = false
          previous = reviewDate
        }
        if (record.shiftMonths(previous, held.length === 0 ? 3 : 6) < date) ok = false
        if (ok) good.add(`cp_plan:${plan.id}`)
      }
      return share(
        plans.map((p) => eventItem(record, 'cp_plan', p.id, p.childId, date)),
        (item) => good.has(item.key),
      )
    },
  },
  {
    id: 'cla_rate',
    name: 'Children looked after per 10,000 children',
    group: 'headline',
    headlineRow: 13,
    definition:
      'Children looked after at the end of the date (short breaks excluded; a child who turns 18 that day is not counted), per 10,000 children aged 0 to 17.',
    source: 'DfE children looked after statistics; national framework',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'stock',
    numeratorCohort: 'Children looked after on the date',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: [...CLA_BREAKDOWNS],
    benchmark: { measure: 'cla_31_march_rate_per_10000', countMeasure: 'cla_31_march_count' },
    count: (record, { date }) => only(claOnItems(record, date)),
  },
  {
    id: 'cla_starts_rate',
    name: 'Children starting to be looked after per 10,000 children',
    group: 'headline',
    headlineRow: 14,
    definition:
      'Children who started to be looked after in the 12 months (each child counted once however many times they started), per 10,000 children aged 0 to 17.',
    source: 'DfE children looked after statistics',
    polarity: 'contextual',
    unit: 'rate',
    timing: 'flow',
    numeratorCohort: 'Children starting to be looked after',
    denominatorCohort: 'Children aged 0 to 17 (population)',
    breakdowns: [...CLA_BREAKDOWNS],
    benchmark: {
      measure: 'cla_started_during_year_rate_per_10000',
      countMeasure: 'cla_started_during_year_count',
    },
    count: (record, { date, from }) => only(claStarts(record, from, date)),
  },
  {
    id: 'cla_3_placements',
    name: 'Children looked after with 3 or more placements in the year',
    group: 'headline',
    headlineRow: 15,
    definition:
      'Children looked after on the date who had 3 or more placements during the 12 months (temporary placements left out), as a percentage of children looked after on the date.',
    source: 'DfE placement stability measures',
    polarity: 'lower',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with 3 or more placements',
    denominatorCohort: 'Children looked after on the date',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) =>
      share(claOnItems(record, date), (item) => {
        const placements = (record.placementsByChild.get(item.childId ?? -1) ?? []).filter(
          (p) => !TEMPORARY_PLACEMENTS.has(p.type) && overlaps(p, from, date),
        )
        return placements.length >= 3
      }),
  },
  {
    id: 'cla_long_term_stability',
    name: 'Long-term placement stability',
    group: 'headline',
    headlineRow: 16,
    definition:
      'Children looked after on the date, aged under 16, looked after continuously for at least 2½ years, who have lived with the same carer for at least 2 years (or are placed for adoption and the adoptive and previous placement together last 2 years), as a percentage of that cohort.',
    source: 'DfE placement stability measures; former NI 063',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with the same carer for 2 years',
    denominatorCohort: 'Children under 16 looked after for 2½ years',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date }) => {
      const thirtyMonthsAgo = addMonths(date, -30)
      const cohort = claOnItems(record, date).filter((item) => {
        const age = record.age(item.childId ?? -1, date)
        const period = record.currentPeriod(item.childId ?? -1, date)
        return age !== null && age < 16 && period !== undefined && period.start <= thirtyMonthsAgo
      })
      const twoYearsAgo = addYears(date, -2)
      return share(cohort, (item) => {
        const current = record.placementOn(item.childId ?? -1, date)
        if (!current) return false
        if (current.start <= twoYearsAgo) return true
        if (!current.type.startsWith('A')) return false
        const before = (record.placementsByChild.get(item.childId ?? -1) ?? []).filter(
          (p) => p.end !== null && p.end <= current.start,
        )
        const previous = before.at(-1)
        return previous !== undefined && previous.end === current.start && previous.start <= twoYearsAgo
      })
    },
  },
  {
    id: 'cla_visits_timescale',
    name: 'Statutory visits to children looked after in timescale',
    group: 'headline',
    headlineRow: 17,
    definition:
      'Children looked after on the date whose last visit (child seen) was within the regulation 28 interval: 6 weeks, or 3 months once a placement intended to last to 18 has lasted a year; as a percentage of children looked after for at least a week.',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010 reg 28; local',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children visited within the interval',
    denominatorCohort: 'Children looked after for at least a week',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date }) => {
      const lastVisit = lastSeenVisit(record, date, 'cla')
      const weekAgo = addDays(date, -7)
      const threeMonthsAgo = addMonths(date, -3)
      const sixWeeksAgo = addDays(date, -42)
      const yearAgo = addYears(date, -1)
      const cohort = claOnItems(record, date).filter((item) => {
        const period = record.currentPeriod(item.childId ?? -1, date)
        return period !== undefined && period.start <= weekAgo
      })
      return share(cohort, (item) => {
        const childId = item.childId ?? -1
        const visit = lastVisit.get(childId)
        if (!visit) return false
        const placement = record.placementOn(childId, date)
        const longTerm =
          placement !== undefined &&
          (placement.type === 'U1' || placement.type === 'U4') &&
          placement.start <= yearAgo
        return visit >= (longTerm ? threeMonthsAgo : sixWeeksAgo)
      })
    },
  },
  {
    id: 'cla_reviews_timescale',
    name: 'Reviews of children looked after in timescale',
    group: 'headline',
    headlineRow: 18,
    definition:
      'Reviews due in the 12 months (not cancelled) that were held on or before their due date, as a percentage of reviews due in the 12 months.',
    source: 'Care Planning, Placement and Case Review regulations (LA procedures)',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Reviews held by their due date',
    denominatorCohort: 'Reviews due in the 12 months',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) => {
      const due = record.record.claReviews.filter((r) => !r.cancelled && within(r.due, from, date))
      const items = due.map((r, i) =>
        eventItem(record, 'cla_review', i, r.childId, r.due, {
          key: `cla_review:${r.periodId}:${r.due}:${i}`,
        }),
      )
      const good = new Set(
        items
          .filter((_, i) => due[i]?.held !== null && (due[i]?.held as string) <= (due[i]?.due as string))
          .map((it) => it.key),
      )
      return share(items, (item) => good.has(item.key))
    },
  },
  ...(
    [
      [
        'cla_health_assessments',
        'Annual health assessments of children looked after',
        'an annual health assessment',
        (record, childId, from, date) =>
          (record.byChild('healthChecks').get(childId) ?? []).some(
            (h) => h.kind !== 'dental' && h.status === 'completed' && within(h.done, from, date),
          ),
      ],
      [
        'cla_dental_checks',
        'Dental checks of children looked after',
        'a dental check',
        (record, childId, from, date) =>
          (record.byChild('healthChecks').get(childId) ?? []).some(
            (h) => h.kind === 'dental' && h.status === 'completed' && within(h.done, from, date),
          ),
      ],
      [
        'cla_immunisations',
        'Immunisations up to date for children looked after',
        'immunisations up to date',
        (record, childId, _from, date) => {
          let latest: { date: string; upToDate: boolean } | undefined
          for (const i of record.byChild('immunisations').get(childId) ?? [])
            if (i.date <= date && (!latest || i.date >= latest.date)) latest = i
          return latest?.upToDate === true
        },
      ],
    ] as Array<
      [string, string, string, (record: RecordIndex, childId: number, from: string, date: string) => boolean]
    >
  ).map(([id, name, what, test]): Indicator => ({
    id,
    name,
    group: 'headline',
    headlineRow: 19,
    definition: `Children looked after continuously for 12 months on the date with ${what} in the 12 months, as a percentage of those children.`,
    source: 'SSDA903 OC2',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: `Children with ${what}`,
    denominatorCohort: 'Children looked after continuously for 12 months',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) =>
      share(oc2Cohort(record, date), (item) => test(record, item.childId ?? -1, from, date)),
  })),
  {
    id: 'cla_sdq_returned',
    name: 'Strengths and difficulties questionnaires returned',
    group: 'headline',
    headlineRow: 19,
    definition:
      'Children aged 5 to 16 looked after continuously for 12 months on the date with an SDQ completed in the 12 months, as a percentage of those children.',
    source: 'SSDA903 OC2',
    polarity: 'higher',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with an SDQ returned',
    denominatorCohort: 'Children aged 5 to 16 looked after for 12 months',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) =>
      share(
        oc2Cohort(record, date).filter((item) => {
          const age = record.age(item.childId ?? -1, date)
          return age !== null && age >= 5 && age <= 16
        }),
        (item) =>
          (record.byChild('sdqs').get(item.childId ?? -1) ?? []).some((s) => within(s.date, from, date)),
      ),
  },
  {
    id: 'cla_missing',
    name: 'Children looked after who went missing',
    group: 'headline',
    headlineRow: 20,
    definition:
      'Children looked after at any time in the 12 months who had at least one missing episode (not “away from placement”) starting in the 12 months, as a percentage of children looked after in the 12 months.',
    source: 'SSDA903 Missing',
    polarity: 'lower',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Children with a missing episode',
    denominatorCohort: 'Children looked after in the 12 months',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) => {
      const missing = new Set(
        record.record.missing
          .filter((m) => m.kind === 'M' && within(m.start, from, date))
          .map((m) => m.childId),
      )
      return share(
        record.lookedAfterDuring(from, date).map((id) => childItem(record, id, date)),
        (item) => missing.has(item.childId ?? -1),
      )
    },
  },
  {
    id: 'rhi_offered',
    name: 'Return home interviews offered',
    group: 'headline',
    headlineRow: 20,
    definition:
      'Missing episodes ending in the 12 months after which a return home interview was offered, as a percentage of missing episodes ending in the 12 months.',
    source: 'SSDA903 Missing; Ofsted Annex A list 8',
    polarity: 'higher',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Episodes with a return interview offered',
    denominatorCohort: 'Missing episodes ended in the 12 months',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) => {
      const ended = record.record.missing.filter((m) => m.kind === 'M' && within(m.end, from, date))
      const items = ended.map((m, i) =>
        eventItem(record, 'missing', i, m.childId, m.end as string, {
          key: `missing:${m.childId}:${m.start}:${i}`,
        }),
      )
      const offered = new Set(items.filter((_, i) => ended[i]?.rhiOffered === true).map((it) => it.key))
      return share(items, (item) => offered.has(item.key))
    },
  },
  {
    id: 'adoption_a1',
    name: 'Days from entering care to moving in with the adoptive family (A1)',
    group: 'headline',
    headlineRow: 21,
    definition:
      'For children adopted in the 3 years ending on the date, the average number of days from entering care to moving in with the adoptive family; for children adopted by their foster carers, to the date the fostering placement began (A10 basis).',
    source: 'Adoption scorecard A1 / A10',
    polarity: 'lower',
    unit: 'days',
    timing: 'flow',
    numeratorCohort: 'Children adopted in the 3 years',
    denominatorCohort: 'Children adopted in the 3 years',
    breakdowns: ['age_band', 'sex', 'ethnicity'],
    count: (record, { date }) => {
      const from = threeYearsFrom(date)
      const items: Item[] = []
      for (const a of record.record.adoptions) {
        if (!within(a.adoptionOrder, addDays(from, 1), date)) continue
        const period = (record.periodsByChild.get(a.childId) ?? []).find((p) => p.id === a.periodId)
        const moved = a.adoptedByFosterCarer ? a.fosterPlacementStart : a.placed
        if (!period || !moved) continue
        items.push(
          childItem(record, a.childId, a.adoptionOrder as string, {
            key: `adoption:${a.periodId}`,
            measure: daysBetween(period.start, moved),
          }),
        )
      }
      return { numerator: items, denominator: items }
    },
  },
  {
    id: 'adoption_a2',
    name: 'Days from placement order to match (A2)',
    group: 'headline',
    headlineRow: 22,
    definition:
      'For children adopted in the 3 years ending on the date who had a placement order, the average number of days from the placement order to the match decision (zero if matched before the order).',
    source: 'Adoption scorecard A2',
    polarity: 'lower',
    unit: 'days',
    timing: 'flow',
    numeratorCohort: 'Children adopted in the 3 years with a placement order',
    denominatorCohort: 'Children adopted in the 3 years with a placement order',
    breakdowns: ['age_band', 'sex', 'ethnicity'],
    count: (record, { date }) => {
      const from = threeYearsFrom(date)
      const items: Item[] = []
      for (const a of record.record.adoptions) {
        if (!within(a.adoptionOrder, addDays(from, 1), date) || !a.placementOrder || !a.matched) continue
        items.push(
          childItem(record, a.childId, a.adoptionOrder as string, {
            key: `adoption:${a.periodId}`,
            measure: Math.max(0, daysBetween(a.placementOrder, a.matched)),
          }),
        )
      }
      return { numerator: items, denominator: items }
    },
  },
  careLeaverIndicator(
    'care_leavers_eet_17_18',
    'Care leavers aged 17 to 18 in education, employment or training',
    [17, 18],
    (c) => EET_ACTIVITIES.has(c.activity ?? ''),
    23,
  ),
  careLeaverIndicator(
    'care_leavers_eet_19_21',
    'Care leavers aged 19 to 21 in education, employment or training',
    [19, 21],
    (c) => EET_ACTIVITIES.has(c.activity ?? ''),
    23,
  ),
  careLeaverIndicator(
    'care_leavers_accommodation_17_18',
    'Care leavers aged 17 to 18 in suitable accommodation',
    [17, 18],
    (c) => c.accommodationSuitable === true,
    24,
  ),
  careLeaverIndicator(
    'care_leavers_accommodation_19_21',
    'Care leavers aged 19 to 21 in suitable accommodation',
    [19, 21],
    (c) => c.accommodationSuitable === true,
    24,
  ),
  {
    id: 'caseload_per_fte',
    name: 'Average caseload per social worker (FTE)',
    group: 'headline',
    headlineRow: 25,
    definition:
      'Children allocated to social workers (employed or agency) on the date, divided by the full-time equivalent of social workers holding at least one case (DfE workforce census definition).',
    source: 'DfE children’s social work workforce census',
    polarity: 'lower',
    unit: 'ratio',
    timing: 'stock',
    numeratorCohort: 'Cases held by social workers',
    denominatorCohort: 'FTE of social workers holding at least one case',
    breakdowns: ['team', 'worker'],
    count: (record, { date }) => {
      const cases = record.record.allocations.filter(
        (a) => a.role === 'social_worker' && openOn(a, date) && record.isChild(a.childId, date),
      )
      const holding = [...new Set(cases.map((a) => a.workerId))].sort((a, b) => a - b)
      return {
        numerator: cases.map((a) => ({
          key: `allocation:${a.id}`,
          childId: a.childId,
          on: date,
          workerId: a.workerId,
          teamId: a.teamId,
        })),
        denominator: holding.map((workerId) => {
          const worker = record.record.workers.get(workerId)
          return {
            key: `worker:${workerId}`,
            childId: null,
            on: date,
            workerId,
            teamId: worker?.teamId ?? null,
            weight: worker?.fte ?? 1,
          }
        }),
      }
    },
  },
  {
    id: 'agency_rate',
    name: 'Agency social workers (FTE rate)',
    group: 'headline',
    headlineRow: 25,
    definition:
      'Full-time equivalent of agency social workers in post on the date, as a percentage of all social worker FTE (agency and employed).',
    source: 'DfE children’s social work workforce census',
    polarity: 'lower',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Agency social worker FTE',
    denominatorCohort: 'All social worker FTE',
    breakdowns: ['team'],
    count: (record, { date }) => {
      const all = socialWorkersInPost(record, date)
      return share(all, (item) => record.record.workers.get(item.workerId ?? -1)?.agency === true)
    },
  },
  {
    id: 'sw_turnover',
    name: 'Social worker turnover',
    group: 'headline',
    headlineRow: 25,
    definition:
      'Employed social workers (FTE) who left in the 12 months ending on the date, as a percentage of employed social worker FTE in post on the date. Vacancy rates are not recorded in Sightline.',
    source: 'DfE children’s social work workforce census',
    polarity: 'lower',
    unit: 'percent',
    timing: 'flow',
    numeratorCohort: 'Leavers in the 12 months (FTE)',
    denominatorCohort: 'Employed social workers in post (FTE)',
    breakdowns: ['team'],
    count: (record, { date, from }) => {
      const inPost = socialWorkersInPost(record, date).filter(
        (i) => record.record.workers.get(i.workerId ?? -1)?.agency === false,
      )
      const leavers = [...record.record.workers.values()]
        .filter((w) => SW_ROLES.has(w.role) && !w.agency && within(w.end, from, date))
        .map((w) => ({
          key: `worker:${w.id}`,
          childId: null,
          on: date,
          workerId: w.id,
          teamId: w.teamId,
          weight: w.fte,
        }))
      return { numerator: leavers, denominator: inPost }
    },
  },
  {
    id: 'sw_stability',
    name: 'Children looked after with 3 or more social workers in the year',
    group: 'headline',
    headlineRow: 25,
    definition:
      'Children looked after on the date who had 3 or more different social workers allocated during the 12 months (a worker counted once per child), as a percentage of children looked after on the date.',
    source: 'National framework enablers (SSDA903 SWEpisodes)',
    polarity: 'lower',
    unit: 'percent',
    timing: 'stock',
    numeratorCohort: 'Children with 3 or more social workers',
    denominatorCohort: 'Children looked after on the date',
    breakdowns: [...CLA_BREAKDOWNS],
    count: (record, { date, from }) =>
      share(
        claOnItems(record, date),
        (item) => distinctSocialWorkers(record, item.childId ?? -1, from, date) >= 3,
      ),
  },
]

export const SW_ROLES: ReadonlySet<string> = new Set(['social_worker', 'senior_practitioner'])

export function socialWorkersInPost(record: RecordIndex, date: string): Item[] {
  return [...record.record.workers.values()]
    .filter((w) => SW_ROLES.has(w.role) && openOn(w, date))
    .sort((a, b) => a.id - b.id)
    .map((w) => ({
      key: `worker:${w.id}`,
      childId: null,
      on: date,
      workerId: w.id,
      teamId: w.teamId,
      weight: w.fte,
    }))
}

export function distinctSocialWorkers(
  record: RecordIndex,
  childId: number,
  from: string,
  to: string,
): number {
  const workers = new Set<number>()
  for (const a of record.allocationsByChild.get(childId) ?? [])
    if (a.role === 'social_worker' && overlaps(a, from, to)) workers.add(a.workerId)
  return workers.size
}

export function claStarts(record: RecordIndex, from: string, to: string): Item[] {
  const first = new Map<number, string>()
  for (const p of record.record.periods) {
    if (!within(p.start, from, to) || !record.countsAsLookedAfter(p)) continue
    const seen = first.get(p.childId)
    if (!seen || p.start < seen) first.set(p.childId, p.start)
  }
  return [...first].sort(([a], [b]) => a - b).map(([childId, start]) => childItem(record, childId, start))
}

export function lastSeenVisit(record: RecordIndex, date: string, kind: string): Map<number, string> {
  return record.memo(`lastSeen|${kind}|${date}`, () => lastSeenVisitUncached(record, date, kind))
}

function lastSeenVisitUncached(record: RecordIndex, date: string, kind: string): Map<number, string> {
  const last = new Map<number, string>()
  for (const v of record.record.visits) {
    if (v.kind !== kind || !v.seen || v.date > date) continue
    const seen = last.get(v.childId)
    if (!seen || v.date > seen) last.set(v.childId, v.date)
  }
  return last
}

const decisionInTime = new WeakMap<object, boolean>()
function decidedInTime(r: { receivedAt: Date | null; decisionAt: Date | null }): boolean {
  let ok = decisionInTime.get(r)
  if (ok === undefined) {
    ok =
      r.receivedAt !== null &&
      r.decisionAt !== null &&
      workingDaysBetween(londonDate(r.receivedAt), londonDate(r.decisionAt)) <= 1
    decisionInTime.set(r, ok)
  }
  return ok
}
