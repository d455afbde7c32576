// Dates in the 903 are DD/MM/YYYY (ssda903-fields.md, conventions). Reading is strict: two digits
// for day and month, four for the year, and a real calendar date; "1/4/25" or "31/02/2025" is not
// a date. Parsing is memoised because a return repeats the same few thousand dates many times.
import { isIsoDate, type IsoDate } from '../../../platform/time/dates.ts'

const DATE_903 = /^(\d{2})\/(\d{2})\/(\d{4})$/
const memo = new Map<string, IsoDate | null>()

export function parse903Date(value: string): IsoDate | null {
  const known = memo.get(value)
  if (known !== undefined) return known
  const match = DATE_903.exec(value)
  const iso = match ? `${match[3]}-${match[2]}-${match[1]}` : null
  const result = iso !== null && isIsoDate(iso) ? iso : null
  if (memo.size > 200_000) memo.clear()
  memo.set(value, result)
  return result
}

export function format903Date(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
}

/**
 * DATE_PERM may hide parts it does not know behind Z: "ZZ/06/2019", "ZZ/ZZ/2019", "ZZ/ZZ/ZZZZ"
 * (DfE rule 632). Returns the earliest day the value can mean, "unknown" when entirely hidden,
 * or null when it is not a valid value.
 */
export function parsePartialDate(value: string): IsoDate | 'unknown' | null {
  if (value === 'ZZ/ZZ/ZZZZ') return 'unknown'
  const match = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4})$/.exec(value)
  if (!match) return null
  const [, day, month, year] = match as unknown as [string, string, string, string]
  if (day !== 'ZZ' && month === 'ZZ') return null
  return parse903Date(`${day === 'ZZ' ? '01' : day}/${month === 'ZZ' ? '01' : month}/${year}`)
}
