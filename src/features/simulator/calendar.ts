// Date helpers for generating history quickly. Working days are counted the same way as
// src/platform/time/working-days.ts (Monday to Friday, less England and Wales bank holidays; day
// 0 is the anchor), but through a precomputed index so the simulator can place millions of
// events cheaply, and for years outside the bank-holiday data (legacy records before 2015) it
// counts weekdays only. Deadlines shown to users never come from here.
import { BANK_HOLIDAYS } from '../../platform/time/bank-holidays.ts'
import { addDays as addCalendarDays, daysBetween, weekday, type IsoDate } from '../../platform/time/dates.ts'

const EPOCH: IsoDate = '1995-01-01'
const LAST: IsoDate = '2040-12-31'
const holidays = new Set(BANK_HOLIDAYS.map((h) => h.date))

const dayStrings: IsoDate[] = []
const dayIndex = new Map<IsoDate, number>()

/** workingIndex[d] = number of working days from EPOCH up to and including day d. */
const totalDays = daysBetween(EPOCH, LAST) + 1
const workingIndex = new Int32Array(totalDays)
const dayOfWorkingIndex: number[] = []
{
  let count = 0
  let date = EPOCH
  for (let d = 0; d < totalDays; d++) {
    if (weekday(date) <= 5 && !holidays.has(date)) {
      count++
      dayOfWorkingIndex[count] = d
    }
    workingIndex[d] = count
    dayStrings.push(date)
    dayIndex.set(date, d)
    date = addCalendarDays(date, 1)
  }
}

/**
 * Calendar days added to a date: the same answer as platform/time/dates.ts addDays, from a table
 * (the simulator adds days millions of times).
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = dayIndex.get(date)
  const result = d === undefined ? undefined : dayStrings[d + days]
  return result ?? addCalendarDays(date, days)
}

function dayNumber(date: IsoDate): number {
  const d = dayIndex.get(date) ?? daysBetween(EPOCH, date)
  if (d < 0 || d >= totalDays) throw new RangeError(`Date ${date} is outside the simulator's calendar`)
  return d
}

/** The n-th working day after `date` (n ≥ 0). */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  if (n <= 0) return date
  const target = (workingIndex[dayNumber(date)] as number) + n
  const day = dayOfWorkingIndex[target]
  if (day === undefined) throw new RangeError(`Working day beyond the simulator's calendar from ${date}`)
  return dayStrings[day] as IsoDate
}

/** Working days after `from` up to and including `to`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  return (workingIndex[dayNumber(to)] as number) - (workingIndex[dayNumber(from)] as number)
}

/** The same date if it is a working day, otherwise the next working day. */
export function onWorkingDay(date: IsoDate): IsoDate {
  const d = dayNumber(date)
  const before = d === 0 ? 0 : (workingIndex[d - 1] as number)
  return (workingIndex[d] as number) > before ? date : addWorkingDays(date, 1)
}

/** The same day a year earlier (29 February falls back to 28 February). */
export function yearBefore(date: IsoDate): IsoDate {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0')
  const monthDay = date.slice(4)
  return monthDay === '-02-29' ? `${year}-02-28` : `${year}${monthDay}`
}

export function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`
}

export function monthEnd(month: IsoDate): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

/** First days of each month from `from` to the month containing `to`. */
export function monthsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const months: IsoDate[] = []
  let [y, m] = from.split('-').map(Number) as [number, number]
  const last = monthStart(to)
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}-01`
    if (month > last) return months
    months.push(month)
    m++
    if (m === 13) {
      m = 1
      y++
    }
  }
}

/** The reporting year (ending 31 March) that contains a date: 2020-05-01 → 2021. */
export function reportingYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4))
  return date.slice(5) >= '04-01' ? year + 1 : year
}

/** Timestamp text for a moment on a date, minutes after midnight UTC (close to UK office time). */
export function stamp(date: IsoDate, minutes: number): string {
  const m = Math.max(0, Math.min(1439, Math.round(minutes)))
  return `${date}T${TWO_DIGITS[Math.floor(m / 60)]}:${TWO_DIGITS[m % 60]}:00Z`
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'))

export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}

export function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}
