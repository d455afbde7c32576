// OC2, OC3, AD1, PlacedAdoption and UASC for one collection year (ssda903-fields.md §6–§10).
import { addMonths, ageOn, birthday, daysBetween } from '../../../platform/time/dates.ts'
import { ADOPTED, SHORT_BREAKS } from './codes.ts'
import { date, dobOf, groupBy, type ExportYear, type PeriodEpisodes } from './export-episodes.ts'
import type { ExportSource } from './export.repository.ts'
import type { Row } from './return-data.ts'

const yesNo = (value: boolean) => (value ? '1' : '0')

/** Looked after continuously for at least 12 months at 31 March, not on short breaks (data-model-notes §16). */
export function continuouslyLookedAfter(periods: readonly PeriodEpisodes[], { start, end }: ExportYear): boolean {
  const last = periods.at(-1)
  if (!last) return false
  const open = last.period.end_date === null || last.period.end_date > end
  return open && last.period.start_date <= start && last.episodes.every((e) => !SHORT_BREAKS.includes(e.legalStatus?.code ?? ''))
}

export function oc2Rows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, year: ExportYear): Row[] {
  const { start, end } = year
  const children = new Map(source.children.map((c) => [c.id, c]))
  const sdqs = groupBy(source.sdqs, (s) => s.child_id)
  const checks = groupBy(source.healthChecks, (h) => h.child_id)
  const immunisations = groupBy(source.immunisations, (i) => i.child_id)
  const offences = new Set(source.offences.map((o) => o.child_id))
  const misuse = groupBy(source.substanceMisuse, (m) => m.child_id)
  const rows: Row[] = []
  for (const [childId, periods] of cohort) {
    const dob = children.get(childId)?.date_of_birth ?? null
    if (!continuouslyLookedAfter(periods, year) || dob === null) continue
    const ageAtEnd = ageOn(dob, end)
    // SDQ: not for a child under 4 at the end of the year or 17 or over at its start (rules 188, 189).
    const sdqAge = birthday(dob, 4) <= end && birthday(dob, 17) > start
    const sdq = sdqAge ? sdqs.get(childId)?.at(-1) : undefined
    const completed = (kinds: string[]) => (checks.get(childId) ?? []).some((h) => kinds.includes(h.kind) && h.status === 'completed')
    const problems = misuse.get(childId) ?? []
    const received = problems.some((m) => m.intervention_received)
    rows.push({
      CHILD: String(childId),
      DOB: date(dob),
      SDQ_SCORE: sdq?.score === null || sdq?.score === undefined ? '' : String(sdq.score),
      SDQ_REASON: sdq?.reason ?? '',
      CONVICTED: ageAtEnd >= 10 ? yesNo(offences.has(childId)) : '',
      HEALTH_CHECK: ageAtEnd < 5 ? yesNo(completed(['initial_health', 'review_health'])) : '',
      IMMUNISATIONS: yesNo(immunisations.get(childId)?.at(-1)?.up_to_date ?? false),
      TEETH_CHECK: yesNo(completed(['dental'])),
      HEALTH_ASSESSMENT: yesNo(completed(['initial_health', 'review_health'])),
      SUBSTANCE_MISUSE: yesNo(problems.length > 0),
      INTERVENTION_RECEIVED: problems.length > 0 ? yesNo(received) : '',
      INTERVENTION_OFFERED: problems.length > 0 && !received ? yesNo(problems.some((m) => m.intervention_offered)) : '',
    })
  }
  return rows
}

/** Children adopted in the year, from the adoption journey of the period that ended in adoption. */
export function ad1Rows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, { start, end }: ExportYear): Row[] {
  const dob = dobOf(source)
  const journeys = groupBy(source.adoptionJourneys, (j) => j.period_of_care_id)
  const rows: Row[] = []
  for (const [childId, periods] of cohort) {
    const adopted = periods.find((p) => p.period.end_date !== null && p.period.end_date >= start && p.period.end_date <= end && ADOPTED.includes(p.period.reason_ceased ?? ''))
    const journey = adopted ? journeys.get(adopted.period.id)?.at(-1) : undefined
    if (!adopted) continue
    rows.push({
      CHILD: String(childId),
      DOB: dob(childId),
      DATE_INT: date(journey?.adm_decision_date),
      DATE_MATCH: date(journey?.matched_date),
      FOSTER_CARE: journey ? yesNo(journey.adopted_by_foster_carer) : '',
      NB_ADOPTR: journey?.adopters_count ? String(journey.adopters_count) : '',
      SEX_ADOPTR: journey?.adopters_sex ?? '',
      LS_ADOPTR: journey?.adopters_legal_status ?? '',
    })
  }
  return rows
}

/**
 * Decisions that the child should be placed for adoption that were in force at some time in the
 * year. A decision lasts no longer than its period of care: one from a period that ended before the
 * year (the child was adopted, or left care) is not reported again if the child returns.
 */
export function placedAdoptionRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, { start, end }: ExportYear): Row[] {
  const dob = dobOf(source)
  const periodsInYear = new Set([...cohort.values()].flatMap((periods) => periods.map((p) => p.period.id)))
  return source.adoptionJourneys
    .filter((j) => periodsInYear.has(j.period_of_care_id) && j.adm_decision_date <= end && (j.reversed_date === null || j.reversed_date >= start))
    .map((j) => {
      const reversed = j.reversed_date !== null && j.reversed_date <= end
      return {
        CHILD: String(j.child_id),
        DOB: dob(j.child_id),
        DATE_PLACED: date(j.adm_decision_date),
        DATE_PLACED_CEASED: reversed ? date(j.reversed_date) : '',
        REASON_PLACED_CEASED: reversed ? (j.reversed_reason ?? '') : '',
      }
    })
}

/** DUC: when UASC status ended; normally the 18th birthday, left blank while it lies beyond the year. */
export function uascRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, sexOf: (childId: number) => string, { end }: ExportYear): Row[] {
  const children = new Map(source.children.map((c) => [c.id, c]))
  const rows: Row[] = []
  for (const [childId, spells] of groupBy(source.immigration, (s) => s.child_id)) {
    const dob = children.get(childId)?.date_of_birth ?? null
    if (!cohort.has(childId)) continue
    const last = spells.at(-1)
    const eighteenth = dob ? birthday(dob, 18) : null
    const ceased = last?.end_date ?? (eighteenth !== null && eighteenth <= end ? eighteenth : null)
    rows.push({ CHILD: String(childId), SEX: sexOf(childId), DOB: date(dob), DUC: date(ceased) })
  }
  return rows
}

/**
 * Care leavers whose 17th to 21st birthday falls in the year, not looked after on it, who left care
 * before it other than by death or transfer to another LA. The contact nearest the birthday, from
 * three months before to one month after, gives IN_TOUCH, ACTIV and ACCOM (DfE 903 guide).
 */
export function oc3Rows(source: ExportSource, year: ExportYear): Row[] {
  const { start, end } = year
  const children = new Map(source.children.map((c) => [c.id, c]))
  const periods = groupBy(source.careLeaverPeriods, (p) => p.child_id)
  const contacts = groupBy(source.careLeaverContacts, (c) => c.child_id)
  const rows: Row[] = []
  for (const leaver of source.careLeavers) {
    const dob = children.get(leaver.child_id)?.date_of_birth ?? null
    if (dob === null) continue
    const day = [17, 18, 19, 20, 21].map((age) => birthday(dob, age)).find((b) => b >= start && b <= end)
    const history = periods.get(leaver.child_id) ?? []
    const last = history.filter((p) => p.start_date <= (day ?? '')).at(-1)
    if (!day || !last || last.end_date === null || last.end_date >= day || ['E2', 'E3'].includes(last.reason_ceased ?? '')) continue
    const nearest = (contacts.get(leaver.child_id) ?? [])
      .filter((c) => c.contact_date >= addMonths(day, -3) && c.contact_date <= addMonths(day, 1))
      .sort((a, b) => Math.abs(daysBetween(day, a.contact_date)) - Math.abs(daysBetween(day, b.contact_date)))[0]
    rows.push({ CHILD: String(leaver.child_id), DOB: date(dob), ...careLeaverItems(nearest) })
  }
  return rows
}

function careLeaverItems(contact: ExportSource['careLeaverContacts'][number] | undefined): Record<'IN_TOUCH' | 'ACTIV' | 'ACCOM', string> {
  if (!contact) return { IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' }
  if (contact.in_touch === 'DIED' || contact.in_touch === 'RHOM') return { IN_TOUCH: contact.in_touch, ACTIV: '0', ACCOM: '0' }
  const letter = contact.accommodation ?? ''
  const accom = letter.length === 1 && contact.accommodation_suitable !== null ? `${letter}${contact.accommodation_suitable ? '1' : '2'}` : letter
  return { IN_TOUCH: contact.in_touch, ACTIV: contact.activity ?? '0', ACCOM: accom === '' ? '0' : accom }
}


