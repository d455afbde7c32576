// Choices offered on the looked-after pages: the SSDA903 codes valid in the collection year a date
// falls in (returns/ssda903/codes.ts), labelled from the shared code lists (casework/codes.ts).
import { z } from 'zod'
import type { IsoDate } from '../../platform/time/dates.ts'
import { codeLabel, isCode } from '../casework/codes.ts'
import { placementCodes, REC } from '../returns/ssda903/codes.ts'

/** The 903 collection year is named by the 31 March it ends on (1 April 2026 – 31 March 2027 is 2027). */
export function collectionYearOf(date: IsoDate): number {
  const [year, month] = date.split('-').map(Number) as [number, number]
  return month >= 4 ? year + 1 : year
}

/** Placement types valid in the collection year of `on`, and labelled in the shared code list. */
export const placementTypes = (on: IsoDate): string[] =>
  placementCodes(collectionYearOf(on)).filter((code) => isCode('placement_type', code))

/** Reasons a period of care ends. X1 belongs to derived episodes; adoption (E11, E12) is recorded with the adoption order. */
export const ADOPTION_REASONS = ['E11', 'E12'] as const
export const LEAVING_CARE_REASONS: readonly string[] = REC.filter(
  (code) =>
    code !== 'X1' &&
    !(ADOPTION_REASONS as readonly string[]).includes(code) &&
    isCode('reason_episode_ceased', code),
)

/** Special guardianship (E45–E48) and child arrangements (E41) orders end care with a permanence order. */
export function permanenceOrderFor(reasonCeased: string): 'sgo' | 'cao' | null {
  if (['E45', 'E46', 'E47', 'E48'].includes(reasonCeased)) return 'sgo'
  return reasonCeased === 'E41' ? 'cao' : null
}

/** A radio or select answer that must be one of `allowed`. */
export function codeChoice(allowed: readonly string[], message: string) {
  return z.string({ message }).refine((value) => allowed.includes(value), { message })
}

/** GOV.UK radios items for the codes in `allowed`, in that order. */
export function radioItems(list: string, allowed: readonly string[], selected: unknown) {
  return allowed.map((code) => ({
    value: code,
    text: `${codeLabel(list, code)} (${code})`,
    checked: selected === code,
  }))
}

/** GOV.UK select items, with an empty first choice. */
export function selectItems(list: string, allowed: readonly string[], selected: unknown) {
  return [
    { value: '', text: 'Choose' },
    ...allowed.map((code) => ({
      value: code,
      text: `${codeLabel(list, code)} (${code})`,
      selected: selected === code,
    })),
  ]
}

/** GOV.UK select items for the approved carers, "no named carer" first. */
export function carerItems(
  carers: ReadonlyArray<{ id: number; name: string; kind: string; provider: string }>,
  selected: unknown,
) {
  return [
    { value: '', text: 'No named carer' },
    ...carers.map((carer) => ({
      value: String(carer.id),
      text: `${carer.name} (${carer.kind.replaceAll('_', ' ')}, ${carer.provider})`,
      selected: selected === String(carer.id),
    })),
  ]
}
