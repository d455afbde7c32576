// SSDA903 episodes, derived from one period of care's legal status spells and placement spells.
// Never keyed by hand (data-model-notes §9 "903 episode (derived)"). DfE's children looked after
// return guide: an episode is a span in which legal status, placement and carer all stay the
// same; a new one starts on the day the previous one ends (that one ends X1), and a period of
// care begins with RNE S and ends with the period's reason ceased.
import type { IsoDate } from '../../platform/time/dates.ts'

export interface PeriodOfCareSpan {
  startDate: IsoDate
  endDate: IsoDate | null
  reasonCeased: string | null
  categoryOfNeed: string
}

export interface LegalStatusSpell {
  code: string
  startDate: IsoDate
  endDate: IsoDate | null
}

export interface PlacementSpell {
  placementType: string
  provider: string | null
  carerId: number | null
  postcode: string | null
  urn: string | null
  startDate: IsoDate
  endDate: IsoDate | null
  /** Recorded on the placement that ends (CARPL, CLOSE, …). */
  changeReason: string | null
}

export interface HomeAddressSpell {
  postcode: string
  startDate: IsoDate
  endDate: IsoDate | null
}

export type ReasonForNewEpisode = 'S' | 'L' | 'P' | 'T' | 'B' | 'U'

export interface DerivedEpisode {
  decom: IsoDate
  rne: ReasonForNewEpisode
  /** Null when no legal status spell covers the episode (a gap in the record). */
  legalStatus: LegalStatusSpell | null
  /** Null when no placement spell covers the episode (a gap in the record). */
  placement: PlacementSpell | null
  categoryOfNeed: string
  /** Null while the episode is open. */
  dec: IsoDate | null
  /** X1 when another episode follows in the period; otherwise the period's reason ceased. */
  rec: string | null
  reasonPlaceChange: string | null
  homePostcode: string | null
}

export interface EpisodeSources {
  period: PeriodOfCareSpan
  legalStatuses: readonly LegalStatusSpell[]
  placements: readonly PlacementSpell[]
  homeAddresses?: readonly HomeAddressSpell[]
}

/** Temporary placements (T0–T4): no reason for placement change is recorded around them (DfE rules 225, 226). */
export const TEMPORARY_PLACEMENTS: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4'])

interface Spell {
  startDate: IsoDate
  endDate: IsoDate | null
}

interface Segment {
  start: IsoDate
  legalStatus: LegalStatusSpell | null
  placement: PlacementSpell | null
}

export function deriveEpisodes(sources: EpisodeSources): DerivedEpisode[] {
  const { period } = sources
  const legalStatuses = spellsWithinPeriod(sources.legalStatuses, period)
  const placements = spellsWithinPeriod(sources.placements, period)
  const segments = mergeUnchanged(
    changeDates(period, [...legalStatuses, ...placements]).map((start) => ({
      start,
      legalStatus: spellInForce(legalStatuses, start),
      placement: spellInForce(placements, start),
    })),
  )
  return segments.map((segment, i) => {
    const previous = segments[i - 1]
    const next = segments[i + 1]
    return {
      decom: segment.start,
      rne: previous ? reasonForNewEpisode(previous, segment) : 'S',
      legalStatus: segment.legalStatus,
      placement: segment.placement,
      categoryOfNeed: period.categoryOfNeed,
      dec: next ? next.start : period.endDate,
      rec: next ? 'X1' : period.reasonCeased,
      reasonPlaceChange: next ? reasonPlaceChange(segment, next) : null,
      homePostcode: spellInForce(sources.homeAddresses ?? [], segment.start)?.postcode ?? null,
    }
  })
}

/** Spells that cover at least one day of the period; zero-length spells never make an episode. */
function spellsWithinPeriod<T extends Spell>(spells: readonly T[], period: PeriodOfCareSpan): T[] {
  return spells.filter(
    (spell) =>
      (spell.endDate === null || spell.endDate > spell.startDate) &&
      (period.endDate === null || spell.startDate < period.endDate) &&
      (spell.endDate === null || spell.endDate > period.startDate),
  )
}

/** Every date on which something may change, from the period start up to (not including) its end. */
function changeDates(period: PeriodOfCareSpan, spells: readonly Spell[]): IsoDate[] {
  const dates = new Set<IsoDate>([period.startDate])
  for (const spell of spells) {
    dates.add(spell.startDate > period.startDate ? spell.startDate : period.startDate)
    if (spell.endDate !== null) dates.add(spell.endDate)
  }
  return [...dates]
    .filter((date) => date >= period.startDate && (period.endDate === null || date < period.endDate))
    .sort()
}

/** The spell covering a day; consecutive spells meet on one date, so the later-starting one wins. */
function spellInForce<T extends Spell>(spells: readonly T[], date: IsoDate): T | null {
  let found: T | null = null
  for (const spell of spells) {
    if (spell.startDate > date || (spell.endDate !== null && spell.endDate <= date)) continue
    if (found === null || spell.startDate >= found.startDate) found = spell
  }
  return found
}

/** Joins neighbouring segments in which nothing the 903 reports has changed. */
function mergeUnchanged(segments: Segment[]): Segment[] {
  const merged: Segment[] = []
  for (const segment of segments) {
    const last = merged.at(-1)
    if (last && !legalStatusChanged(last, segment) && !placementChanged(last, segment)) continue
    merged.push(segment)
  }
  return merged
}

function legalStatusChanged(a: Segment, b: Segment): boolean {
  return (a.legalStatus?.code ?? null) !== (b.legalStatus?.code ?? null)
}

function placementChanged(a: Segment, b: Segment): boolean {
  if (a.placement === b.placement) return false
  if (a.placement === null || b.placement === null) return true
  return (
    a.placement.placementType !== b.placement.placementType ||
    a.placement.provider !== b.placement.provider ||
    a.placement.postcode !== b.placement.postcode ||
    a.placement.urn !== b.placement.urn ||
    a.placement.carerId !== b.placement.carerId
  )
}

/** RNE (DfE code list): L legal status only; P/T placement only; B/U both on the same day (T/U: same carer). */
function reasonForNewEpisode(previous: Segment, current: Segment): ReasonForNewEpisode {
  const legal = legalStatusChanged(previous, current)
  if (!placementChanged(previous, current)) return 'L'
  const previousCarer = previous.placement?.carerId ?? null
  const sameCarer = previousCarer !== null && previousCarer === (current.placement?.carerId ?? null)
  if (legal) return sameCarer ? 'U' : 'B'
  return sameCarer ? 'T' : 'P'
}

/**
 * Recorded on the episode that ends X1 when the next one changes placement (RNE P, B, T or U),
 * except to or from a temporary placement (DfE rules 225 and 226).
 */
function reasonPlaceChange(current: Segment, next: Segment): string | null {
  if (!placementChanged(current, next)) return null
  const isTemporary = (segment: Segment) => TEMPORARY_PLACEMENTS.has(segment.placement?.placementType ?? '')
  if (isTemporary(current) || isTemporary(next)) return null
  return current.placement?.changeReason ?? null
}
