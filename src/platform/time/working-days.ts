// Working days in England: Monday to Friday, less England and Wales bank holidays. Statutory
// timescales (1 working day for a referral decision, 15 for an ICPC, 45 for an assessment) are
// counted with this calendar, and DfE's validators count the same way.
//
// Counting convention (one rule, used everywhere):
// - Day 0 is the anchor date itself. `addWorkingDays(d, n)` steps forward one calendar day at a
//   time and counts each working day it lands on; the n-th is the answer.
// - The anchor counts as day 0 whether or not it is a working day. So +1 working day from a
//   Friday, a Saturday or a Sunday is the next Monday (or the next working day after it when that
//   Monday is a bank holiday): a Saturday referral gets the same one full working day as a Friday one.
// - `workingDaysBetween(from, to)` counts the working days after `from`, up to and including `to`,
//   so addWorkingDays(d, n) = t implies workingDaysBetween(d, t) = n.
// Outside the years the bank-holiday data covers, every method throws a RangeError: counting an
// unknown year's bank holidays as working days would put deadlines on Christmas Day.
import { BANK_HOLIDAYS, BANK_HOLIDAYS_FIRST_YEAR, BANK_HOLIDAYS_LAST_YEAR } from './bank-holidays.ts'
import { addDays, assertIsoDate, daysBetween, weekday, type IsoDate } from './dates.ts'

export interface WorkingDayCalendarOptions {
  holidays: Iterable<IsoDate>
  /** First and last calendar years whose holidays are complete in `holidays`. */
  firstYear: number
  lastYear: number
}

export class WorkingDayCalendar {
  readonly firstDate: IsoDate
  readonly lastDate: IsoDate
  private readonly holidays: ReadonlySet<IsoDate>
  /** workingDaysTo[i]: working days after firstDate up to and including day i; makes counting O(1). */
  private readonly workingDaysTo: Int32Array

  constructor({ holidays, firstYear, lastYear }: WorkingDayCalendarOptions) {
    if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
      throw new RangeError(`A working-day calendar needs a year range, not ${firstYear}–${lastYear}`)
    }
    this.firstDate = `${firstYear}-01-01`
    this.lastDate = `${lastYear}-12-31`
    const set = new Set<IsoDate>()
    for (const holiday of holidays) {
      assertIsoDate(holiday)
      if (!this.covers(holiday))
        throw new RangeError(`Holiday ${holiday} is outside ${firstYear}–${lastYear}`)
      set.add(holiday)
    }
    this.holidays = set
    this.workingDaysTo = new Int32Array(daysBetween(this.firstDate, this.lastDate) + 1)
    let count = 0
    for (let i = 1, day = addDays(this.firstDate, 1); day <= this.lastDate; i += 1, day = addDays(day, 1)) {
      if (this.isWorkingDay(day)) count += 1
      this.workingDaysTo[i] = count
    }
  }

  /** Whether the calendar knows the holidays for this date's year. */
  covers(date: IsoDate): boolean {
    return date >= this.firstDate && date <= this.lastDate
  }

  isHoliday(date: IsoDate): boolean {
    this.assertCovers(date)
    return this.holidays.has(date)
  }

  isWorkingDay(date: IsoDate): boolean {
    this.assertCovers(date)
    return weekday(date) <= 5 && !this.holidays.has(date)
  }

  /** The n-th working day after `date` (n ≥ 0); n = 0 returns `date` itself, working day or not. */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`Working days to add must be a whole number ≥ 0, not ${n}`)
    const start = this.indexOf(date)
    if (n === 0) return date
    const target = this.countTo(start) + n
    // The first day whose running count reaches the target is the n-th working day after the anchor.
    let low = start + 1
    let high = this.workingDaysTo.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.countTo(mid) < target) low = mid + 1
      else high = mid
    }
    if (low === this.workingDaysTo.length) throw this.notCovered(addDays(this.lastDate, 1))
    return addDays(this.firstDate, low)
  }

  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    if (to < from) {
      const count = this.workingDaysBetween(to, from)
      return count === 0 ? 0 : -count // never -0, which strict equality tells apart from 0
    }
    return this.countTo(this.indexOf(to)) - this.countTo(this.indexOf(from))
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1)
  }

  private indexOf(date: IsoDate): number {
    this.assertCovers(date)
    return daysBetween(this.firstDate, date)
  }

  private countTo(index: number): number {
    return this.workingDaysTo[index] ?? 0
  }

  private assertCovers(date: IsoDate): void {
    assertIsoDate(date)
    if (!this.covers(date)) throw this.notCovered(date)
  }

  private notCovered(date: IsoDate): RangeError {
    return new RangeError(
      `No bank-holiday data for ${date}: the working-day calendar covers ${this.firstDate} to ${this.lastDate}. ` +
        'Add the year to src/platform/time/bank-holidays.ts from GOV.UK.',
    )
  }
}

/** England and Wales, 2015–2030, from the GOV.UK list in bank-holidays.ts. */
export const englandAndWalesCalendar = new WorkingDayCalendar({
  holidays: BANK_HOLIDAYS.map((holiday) => holiday.date),
  firstYear: BANK_HOLIDAYS_FIRST_YEAR,
  lastYear: BANK_HOLIDAYS_LAST_YEAR,
})
