// Header, Episodes, Reviews, Missing, PrevPerm and SWEpisodes for one collection year, built from
// the record. Episodes are derived from legal status and placement spells (never keyed by hand:
// data-model-notes §9), then cut to those open at some time in the year (§16).
import { collectionYear, type IsoDate } from '../../../platform/time/dates.ts'
import { deriveEpisodes, type DerivedEpisode } from '../../looked-after/episodes.ts'
import { SHORT_BREAKS, placementsWithoutProvider, placementsWithoutUrn } from './codes.ts'
import { format903Date } from './dates.ts'
import type { ExportSource } from './export.repository.ts'
import type { Row } from './return-data.ts'

export interface PeriodEpisodes {
  period: ExportSource['periods'][number]
  episodes: DerivedEpisode[]
  /** The episodes open at some time in the collection year. */
  inYear: DerivedEpisode[]
}

export interface ExportYear {
  year: number
  start: IsoDate
  end: IsoDate
}

export const exportYear = (year: number): ExportYear => ({ year, ...collectionYear(year) })

export const date = (value: string | null | undefined): string => (value ? format903Date(value) : '')
export const groupBy = <T, K>(items: readonly T[], key: (item: T) => K) => {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = groups.get(k)
    if (list) list.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** Each child's periods of care overlapping the year, with their derived episodes. */
export function deriveCohort(source: ExportSource, { start, end }: ExportYear): Map<number, PeriodEpisodes[]> {
  const legal = groupBy(source.legalStatuses, (s) => s.period_of_care_id)
  const placements = groupBy(source.placements, (p) => p.period_of_care_id)
  const homes = groupBy(source.homeAddresses, (a) => a.child_id)
  const cohort = new Map<number, PeriodEpisodes[]>()
  for (const period of source.periods) {
    const episodes = deriveEpisodes({
      period: { startDate: period.start_date, endDate: period.end_date, reasonCeased: period.reason_ceased, categoryOfNeed: period.category_of_need },
      legalStatuses: (legal.get(period.id) ?? []).map((s) => ({ code: s.code, startDate: s.start_date, endDate: s.end_date })),
      placements: (placements.get(period.id) ?? []).map((p) => ({
        placementType: p.placement_type,
        provider: p.provider,
        carerId: p.carer_id,
        postcode: p.postcode,
        urn: p.urn,
        startDate: p.start_date,
        endDate: p.end_date,
        changeReason: p.change_reason,
      })),
      homeAddresses: (homes.get(period.child_id) ?? []).map((a) => ({ postcode: a.postcode, startDate: a.start_date, endDate: a.end_date })),
    })
    const inYear = episodes.filter((e) => e.decom <= end && (e.dec === null || e.dec >= start))
    const list = cohort.get(period.child_id) ?? []
    list.push({ period, episodes, inYear })
    cohort.set(period.child_id, list)
  }
  return cohort
}

const isShortBreak = (episode: DerivedEpisode) => SHORT_BREAKS.includes(episode.legalStatus?.code ?? '')

export function episodeRows(cohort: Map<number, PeriodEpisodes[]>, { year, end }: ExportYear): Row[] {
  const rows: Row[] = []
  for (const [childId, periods] of cohort) {
    for (const episode of periods.flatMap((p) => p.inYear)) {
      const open = episode.dec === null || episode.dec > end
      const place = episode.placement?.placementType ?? ''
      const shortBreak = isShortBreak(episode)
      rows.push({
        CHILD: String(childId),
        DECOM: date(episode.decom),
        RNE: episode.rne,
        LS: episode.legalStatus?.code ?? '',
        CIN: episode.categoryOfNeed,
        PLACE: place,
        PLACE_PROVIDER: placementsWithoutProvider(year).includes(place) ? '' : (episode.placement?.provider ?? ''),
        DEC: open ? '' : date(episode.dec),
        REC: open ? '' : (episode.rec ?? ''),
        REASON_PLACE_CHANGE: open ? '' : (episode.reasonPlaceChange ?? ''),
        // Short breaks carry no location (DfE rules 214, 398).
        HOME_POST: shortBreak ? '' : (episode.homePostcode ?? ''),
        PL_POST: shortBreak ? '' : (episode.placement?.postcode ?? ''),
        URN: shortBreak || placementsWithoutUrn(year).includes(place) ? '' : (episode.placement?.urn ?? ''),
      })
    }
  }
  return rows
}

/** SEX: M/F/U from 2024/25; 1/2 before (a child recorded as U has no code then). */
export function sexCode(sex: string, year: number): string {
  if (year >= 2025) return sex
  return sex === 'M' ? '1' : sex === 'F' ? '2' : ''
}

export function headerRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, careLeaverIds: readonly number[], { year, end }: ExportYear): Row[] {
  const children = new Map(source.children.map((c) => [c.id, c]))
  const babies = groupBy(source.motherhood, (m) => m.mother_id)
  const rows: Row[] = []
  for (const childId of [...cohort.keys(), ...careLeaverIds.filter((id) => !cohort.has(id))]) {
    const child = children.get(childId)
    if (!child) continue
    const episodes = (cohort.get(childId) ?? []).flatMap((p) => p.inYear)
    // MOTHER is for girls looked after in the year other than on short breaks (ssda903-fields.md §2).
    const asksMother = child.sex === 'F' && episodes.some((e) => !isShortBreak(e))
    const firstChild = (babies.get(childId) ?? [])
      .map((b) => b.child_dob)
      .filter((d): d is string => d !== null && d <= end)
      .sort()[0]
    rows.push({
      CHILD: String(childId),
      SEX: sexCode(child.sex, year),
      DOB: date(child.date_of_birth),
      ETHNIC: child.ethnicity,
      UPN: child.upn ?? child.upn_unknown_reason ?? '',
      MOTHER: asksMother ? (firstChild ? '1' : '0') : '',
      MC_DOB: asksMother && firstChild ? date(firstChild) : '',
    })
  }
  return rows
}

export const dobOf = (source: ExportSource) => {
  const dobs = new Map(source.children.map((c) => [c.id, date(c.date_of_birth)]))
  return (childId: number) => dobs.get(childId) ?? ''
}

export function reviewRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>): Row[] {
  const dob = dobOf(source)
  const onlyShortBreaks = (childId: number) => (cohort.get(childId) ?? []).flatMap((p) => p.inYear).every(isShortBreak)
  return source.reviews
    .filter((r) => !r.cancelled && r.held_date !== null && cohort.has(r.child_id) && !onlyShortBreaks(r.child_id))
    .map((r) => ({ CHILD: String(r.child_id), DOB: dob(r.child_id), REVIEW: date(r.held_date), REVIEW_CODE: r.participation ?? '' }))
}

export function missingRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, { end }: ExportYear): Row[] {
  const dob = dobOf(source)
  return source.missing
    .filter((m) => cohort.has(m.child_id))
    .map((m) => ({
      CHILD: String(m.child_id),
      DOB: dob(m.child_id),
      MISSING: m.kind,
      MIS_START: date(m.start_date),
      MIS_END: m.end_date !== null && m.end_date <= end ? date(m.end_date) : '',
    }))
}

/** One row per child who started a period of care in the year, for the latest such period. */
export function prevPermRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, { start, end }: ExportYear): Row[] {
  const dob = dobOf(source)
  const byPeriod = new Map(source.previousPermanence.map((p) => [p.period_of_care_id, p]))
  const rows: Row[] = []
  for (const [childId, periods] of cohort) {
    const started = periods.filter((p) => p.period.start_date >= start && p.period.start_date <= end).at(-1)
    const previous = started ? byPeriod.get(started.period.id) : undefined
    if (!previous) continue
    const none = previous.code === 'Z1'
    const month = previous.order_month
    rows.push({
      CHILD: String(childId),
      DOB: dob(childId),
      PREV_PERM: previous.code,
      // Required unless Z1: 999 when the arranging authority is not known (ssda903-fields.md §11).
      LA_PERM: none ? '' : (previous.arranging_la ?? '999'),
      // An unknown day is written ZZ, an unknown date ZZ/ZZ/ZZZZ (DfE rule 632).
      DATE_PERM: none ? '' : !month ? 'ZZ/ZZ/ZZZZ' : previous.order_day_known ? date(month) : `ZZ${date(month).slice(2)}`,
    })
  }
  return rows
}

/**
 * SW_ID is the Social Work England number (it begins SW); XX and our worker number when it is not known.
 * From 2025/26 a child's latest social worker episode is reported open, with no SW_DEC, even when
 * the allocation has since ended (DfE SW17STG2; ssda903-fields.md §12a).
 */
export function socialWorkerRows(source: ExportSource, cohort: Map<number, PeriodEpisodes[]>, { year, end }: ExportYear): Row[] {
  const dob = dobOf(source)
  const allocations = source.socialWorkers.filter((a) => cohort.has(a.child_id))
  const latest = new Map<number, (typeof allocations)[number]>()
  for (const a of allocations) {
    const known = latest.get(a.child_id)
    if (!known || a.start_date > known.start_date || (a.start_date === known.start_date && (a.end_date ?? '9999') >= (known.end_date ?? '9999'))) latest.set(a.child_id, a)
  }
  return allocations.map((a) => {
    const registration = (a.swe_registration ?? '').replaceAll(' ', '').toUpperCase()
    const ended = a.end_date !== null && a.end_date <= end && !(year >= 2026 && latest.get(a.child_id) === a)
    return {
      CHILD: String(a.child_id),
      DOB: dob(a.child_id),
      SW_ID: registration.startsWith('SW') ? registration : `XX${String(a.worker_id).padStart(4, '0')}`,
      SW_DECOM: date(a.start_date),
      SW_DEC: ended ? date(a.end_date) : '',
      SW_REASON: a.change_reason ?? '',
    }
  })
}
