// Date-only arithmetic on 'YYYY-MM-DD' strings. Statutory dates are calendar dates in England,
// so we never let a time zone near them: every calculation runs on UTC midnights internally.
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not a real date in YYYY-MM-DD form: "${value}"`)
  return value
}

// Deadline arithmetic converts the same few thousand dates over and over (a caseload page does it
// tens of thousands of times), so both directions are memoised; the maps are cleared if they grow.
const utcOf = new Map<string, number>()
const dateOf = new Map<number, IsoDate>()
const MEMO_LIMIT = 100_000

function toUtc(date: IsoDate): number {
  let ms = utcOf.get(date)
  if (ms === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number]
    ms = Date.UTC(y, m - 1, d)
    if (utcOf.size >= MEMO_LIMIT) utcOf.clear()
    utcOf.set(date, ms)
  }
  return ms
}

function fromUtc(ms: number): IsoDate {
  let date = dateOf.get(ms)
  if (date === undefined) {
    date = new Date(ms).toISOString().slice(0, 10)
    if (dateOf.size >= MEMO_LIMIT) dateOf.clear()
    dateOf.set(ms, date)
  }
  return date
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS)
}

/** Calendar months; a day that does not exist in the target month falls to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return fromUtc(target.getTime())
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  const day = new Date(toUtc(date)).getUTCDay()
  return day === 0 ? 7 : day
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function minDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b < a ? b : a))
}

export function maxDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b > a ? b : a))
}

/**
 * The date a person reaches an age. A 29 February birthday falls on 1 March in other years
 * (the usual reading in England of the Family Law Reform Act 1969 s9).
 */
export function birthday(dateOfBirth: IsoDate, age: number): IsoDate {
  const year = Number(dateOfBirth.slice(0, 4)) + age
  const monthDay = dateOfBirth.slice(5)
  if (monthDay === '02-29' && !isIsoDate(`${year}-02-29`)) return `${year}-03-01`
  return `${String(year).padStart(4, '0')}-${monthDay}`
}

/** Age in whole years on a date, by calendar: a child entering care on a birthday is already the new age. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return on < birthday(dateOfBirth, years) ? years - 1 : years
}

/** The calendar date in Europe/London at an instant. */
export function londonDate(instant: Date): IsoDate {
  const ms = instant.getTime()
  const year = instant.getUTCFullYear()
  // Since 1996 UK summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
  // last Sunday of October (Summer Time Order 2002). Reckoned directly: formatting through Intl
  // costs microseconds, and the performance framework reads tens of thousands of instants. Other
  // years (and an invalid instant) go through the time-zone database.
  if (!(year >= 1996 && year <= 2099)) return LONDON_DAY.format(instant)
  const [start, end] = summerTime(year)
  const offset = ms >= start && ms < end ? 3_600_000 : 0
  return new Date(ms + offset).toISOString().slice(0, 10)
}

const summerTimes = new Map<number, [number, number]>()
function summerTime(year: number): [number, number] {
  let range = summerTimes.get(year)
  if (!range) summerTimes.set(year, (range = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)]))
  return range
}

function lastSundayAt1Utc(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0))
  return Date.UTC(year, monthIndex, last.getUTCDate() - last.getUTCDay(), 1)
}

// Formatters are built once: constructing an Intl.DateTimeFormat costs far more than using one.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })

/** The collection year ending 31 March of `yearEnding`: 1 April (yearEnding-1) to 31 March yearEnding. */
export function collectionYear(yearEnding: number): { start: IsoDate; end: IsoDate } {
  return { start: `${yearEnding - 1}-04-01`, end: `${yearEnding}-03-31` }
}

export function formatDate(date: IsoDate): string {
  return LONG_DATE.format(new Date(toUtc(date)))
}
