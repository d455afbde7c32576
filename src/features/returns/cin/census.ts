// Turns Sightline's casework rows into CIN census records as they stood on the census date
// (31 March): anything recorded as happening later (a closure, an authorisation, a plan ending,
// a birth or a death) is left out, so a past year's census can be re-run at any time and match.
import type { IsoDate } from '../../../platform/time/dates.ts'
import type { CinRows } from './load.ts'
import { HEADER_FIELDS, emptyRecord, type CinChild, type CinDetails, type CinHeader } from './model.ts'
import { censusContext } from './rules/rule.ts'
import { addWorkingDays } from './rules/working-days.ts'
import { assessment, child, cinPlan, cpPlan, details, s47 } from './records.ts'

export interface CensusOptions {
  year: number
  /** The authority's three-digit DfE LA number. */
  la: string
  /** When the file was made, for the header's DateTime. */
  now: Date
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const row of rows) {
    const list = map.get(key(row))
    if (list) list.push(row)
    else map.set(key(row), [row])
  }
  return map
}

/** The date if it happened by the census date, else null. */
function by(date: IsoDate | null, end: IsoDate): IsoDate | null {
  return date !== null && date <= end ? date : null
}

export function buildCensus(rows: CinRows, options: CensusOptions): { header: CinHeader; children: CinChild[] } {
  const { start, end } = censusContext(options.year)
  const header = Object.assign(emptyRecord(HEADER_FIELDS, 0), {
    Collection: 'CIN',
    Year: String(options.year),
    ReferenceDate: end,
    SourceLevel: 'L',
    LEA: options.la,
    SoftwareCode: 'Sightline',
    Release: '0.1.0',
    SerialNo: '1',
    DateTime: options.now.toISOString().slice(0, 19),
  })
  const disabilities = groupBy(rows.disabilities, (r) => r.child_id)
  const referrals = groupBy(rows.referrals, (r) => r.child_id)
  const assessments = groupBy(rows.assessments, (r) => r.referral_id)
  const factors = groupBy(rows.factors, (r) => r.assessment_id)
  const cinPlans = groupBy(rows.cinPlans, (r) => r.referral_id)
  const s47s = groupBy(rows.s47s, (r) => r.referral_id)
  const cpPlans = groupBy(rows.cpPlans, (r) => r.referral_id)
  const plansByChild = groupBy(rows.cpPlans, (r) => r.child_id)
  const reviews = groupBy(rows.reviews, (r) => r.cp_plan_id)

  const episode = (r: CinRows['referrals'][number]): CinDetails => {
    const closed = by(r.closure_date, end)
    const episodeS47 = (s47s.get(r.id) ?? [])
      .filter((s) => (s.start_date >= start && s.start_date <= end) || (s.icpc_date !== null && s.icpc_date >= start && s.icpc_date <= end))
      .map((s) => {
        const icpc = by(s.icpc_date, end)
        const notRequired = s.icpc_not_required && s.end_date !== null && s.end_date <= end
        return s47({
          S47ActualStartDate: s.start_date,
          InitialCPCtarget: s.icpc_target_date ?? addWorkingDays(s.start_date, 15),
          DateOfInitialCPC: icpc,
          ICPCnotRequired: icpc === null && notRequired ? 'true' : 'false',
        })
      })
    const plans = (cpPlans.get(r.id) ?? []).filter((p) => p.start_date <= end && (p.end_date === null || p.end_date >= start))
    // A plan with no enquiry behind it (a transfer-in conference) records its ICPC on CINdetails.
    const conferenceOnDetails = plans.find((p) => p.s47_enquiry_id === null && p.start_date >= start && !episodeS47.some((s) => s.DateOfInitialCPC === p.start_date))
    return details(
      {
        CINreferralDate: r.referral_date,
        ReferralSource: r.source,
        PrimaryNeedCode: r.primary_need,
        CINclosureDate: closed,
        ReasonForClosure: closed === null ? null : r.closure_reason,
        DateOfInitialCPC: conferenceOnDetails?.start_date ?? null,
        ReferralNFA: r.nfa ? 'true' : 'false',
      },
      {
        assessments: (assessments.get(r.id) ?? [])
          .filter((a) => a.start_date <= end && (a.authorised_date === null || a.authorised_date >= start))
          .map((a) => {
            const authorised = by(a.authorised_date, end)
            const codes = authorised === null ? [] : (factors.get(a.id) ?? []).map((f) => f.code)
            return assessment({ AssessmentActualStartDate: a.start_date, AssessmentAuthorisationDate: authorised }, codes)
          }),
        cinPlanDates: (cinPlans.get(r.id) ?? [])
          .filter((p) => p.start_date <= end && (p.end_date === null || p.end_date >= start))
          .map((p) => cinPlan({ CINPlanStartDate: p.start_date, CINPlanEndDate: by(p.end_date, end) })),
        section47: episodeS47,
        childProtectionPlans: plans.map((p) => {
          const ended = by(p.end_date, end)
          const previous = (plansByChild.get(p.child_id) ?? []).filter((other) => other.start_date < p.start_date).length
          const held = (reviews.get(p.id) ?? [])
            .map((review) => review.held_date)
            .filter((d): d is string => d !== null && d > p.start_date && d >= start && d <= (ended ?? end))
          return cpPlan(
            { CPPstartDate: p.start_date, CPPendDate: ended, InitialCategoryOfAbuse: p.initial_category, LatestCategoryOfAbuse: p.latest_category, NumberOfPreviousCPP: String(previous) },
            held,
          )
        }),
      },
    )
  }

  const children = rows.children.map((c) => {
    // A child born after the census date was unborn on it.
    const bornByEnd = by(c.date_of_birth, end)
    const unborn = bornByEnd === null
    const sex = unborn ? 'U' : c.sex
    const codes = (disabilities.get(c.id) ?? []).filter((d) => d.start_date === null || d.start_date <= end).map((d) => d.code)
    return child(
      options.year,
      {
        LAchildID: String(c.id),
        UPN: c.upn,
        UPNunknown: c.upn === null ? c.upn_unknown_reason : null,
        PersonBirthDate: bornByEnd,
        ExpectedPersonBirthDate: unborn ? (c.expected_date_of_birth ?? c.date_of_birth) : null,
        Sex: sex,
        PersonDeathDate: by(c.date_of_death, end),
      },
      c.ethnicity,
      codes.length > 0 ? codes : ['NONE'],
      (referrals.get(c.id) ?? []).map(episode),
    )
  })
  return { header, children }
}
