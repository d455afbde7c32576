// Working days for the CIN rules: England and Wales bank holidays (DfE's validators count the same way).
import { addDays, type IsoDate } from '../../../../platform/time/dates.ts'
import { englandAndWalesCalendar } from '../../../../platform/time/working-days.ts'

/** The last working day strictly before `date`. */
export function previousWorkingDay(date: IsoDate): IsoDate {
  let day = addDays(date, -1)
  while (!englandAndWalesCalendar.isWorkingDay(day)) day = addDays(day, -1)
  return day
}

/** Working days after `from` up to and including `to`, or null outside the calendar's years. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number | null {
  const calendar = englandAndWalesCalendar
  return calendar.covers(from) && calendar.covers(to) ? calendar.workingDaysBetween(from, to) : null
}

/** `date` plus n working days, or null outside the calendar's years. */
export function addWorkingDays(date: IsoDate, n: number): IsoDate | null {
  try {
    return englandAndWalesCalendar.covers(date) ? englandAndWalesCalendar.addWorkingDays(date, n) : null
  } catch {
    return null
  }
}
