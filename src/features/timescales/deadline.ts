// Building blocks shared by every schedule: a Deadline (a due date and, once done, the date it was
// done), how an interval from timescale-rules.ts turns an anchor into a due date, and the rolling
// series that recurring meetings and visits follow.
import { addDays, addMonths, londonDate, type IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { deadlineRule, type DeadlineRuleId, type Interval } from './timescale-rules.ts'

export interface Anchor {
  event: string
  date: IsoDate
}

export interface Deadline {
  ruleId: DeadlineRuleId
  anchor: Anchor
  dueDate: IsoDate
  completedDate?: IsoDate
  /** Replaces the rule's name where the item needs more (an extended court timetable). */
  label?: string
  /**
   * When the process it belongs to ended with this item undone (the child left care, the plan
   * closed): from then on it was missed, not something anyone can still do.
   */
  closedOn?: IsoDate
}

const HOUR_MS = 3_600_000

/**
 * The due date `interval` after a calendar date. Returns null for a working-day interval anchored
 * before the bank-holiday data begins (2015): such a deadline is long past and cannot be counted
 * honestly, so it is left out rather than guessed. A date after the data ends still throws.
 * Hours from a date alone count as whole days (72 hours = 3 days): without a time of day, the
 * deadline falls on the same calendar date whatever the time was.
 */
export function dueAfter(date: IsoDate, interval: Interval, calendar: WorkingDayCalendar): IsoDate | null {
  const lastDayAdjustment = interval.includesAnchorDay ? -1 : 0
  switch (interval.unit) {
    case 'working_days':
      return date < calendar.firstDate ? null : calendar.addWorkingDays(date, interval.count)
    case 'days':
      return addDays(date, interval.count + lastDayAdjustment)
    case 'weeks':
      return addDays(date, interval.count * 7 + lastDayAdjustment)
    case 'months':
      return addDays(addMonths(date, interval.count), lastDayAdjustment)
    case 'hours':
      return addDays(date, Math.ceil(interval.count / 24) + lastDayAdjustment)
  }
}

/** As dueAfter, from a moment: hours are counted exactly, then taken as a London date. */
export function dueAfterInstant(
  instant: Date,
  interval: Interval,
  calendar: WorkingDayCalendar,
): IsoDate | null {
  if (interval.unit === 'hours') return londonDate(new Date(instant.getTime() + interval.count * HOUR_MS))
  return dueAfter(londonDate(instant), interval, calendar)
}

/** One step of a schedule: which rule, from what, and when it falls due (null: not countable). */
export interface Step {
  ruleId: DeadlineRuleId
  anchor: Anchor
  dueDate: IsoDate | null
}

export function step(
  ruleId: DeadlineRuleId,
  from: IsoDate,
  calendar: WorkingDayCalendar,
  event?: string,
): Step {
  const rule = deadlineRule(ruleId)
  return {
    ruleId,
    anchor: { event: event ?? rule.anchor, date: from },
    dueDate: dueAfter(from, rule.interval, calendar),
  }
}

export function deadline(s: Step & { dueDate: IsoDate }, completedDate?: IsoDate): Deadline {
  const result: Deadline = { ruleId: s.ruleId, anchor: s.anchor, dueDate: s.dueDate }
  if (completedDate !== undefined) result.completedDate = completedDate
  return result
}

/**
 * A single deadline. Once the process it belongs to has ended (`endDate`), an undone deadline that
 * fell due after the end is dropped: the child left care, or the plan closed, before it was owed.
 */
export function single(s: Step, completedDate?: IsoDate, endDate?: IsoDate): Deadline[] {
  if (s.dueDate === null) return []
  if (completedDate === undefined && endDate !== undefined && s.dueDate > endDate) return []
  const item = deadline({ ...s, dueDate: s.dueDate }, completedDate)
  if (completedDate === undefined && endDate !== undefined) item.closedOn = endDate
  return [item]
}

export function sortedUnique(dates: readonly IsoDate[]): IsoDate[] {
  return [...new Set(dates)].sort()
}

export function firstOnOrAfter(
  dates: readonly IsoDate[],
  from: IsoDate,
  until?: IsoDate,
): IsoDate | undefined {
  return sortedUnique(dates).find((d) => d >= from && (until === undefined || d <= until))
}

export function earliest(...dates: Array<IsoDate | undefined>): IsoDate | undefined {
  return dates.filter((d): d is IsoDate => d !== undefined).sort()[0]
}

/**
 * A recurring meeting or visit: the first is due from `first`, and each one that happens starts
 * the clock for the next (`next`, given the date it happened and how many have happened). Events
 * are matched in date order, from the first anchor up to `endDate`; each event completes one item,
 * on time or late. The series stops at the first item not yet done, or when one would fall due
 * after the end.
 */
export function rollingSeries(
  first: Step,
  events: readonly IsoDate[],
  next: (last: IsoDate, count: number) => Step,
  endDate?: IsoDate,
): Deadline[] {
  const held = sortedUnique(events).filter(
    (d) => d >= first.anchor.date && (endDate === undefined || d <= endDate),
  )
  const items: Deadline[] = []
  let current = first
  for (let count = 0; ;) {
    const completed = held[count]
    if (current.dueDate === null) {
      if (completed === undefined) return items // cannot count the first due date, and nothing has happened
    } else if (completed !== undefined) {
      items.push(deadline({ ...current, dueDate: current.dueDate }, completed))
    } else {
      return [...items, ...single(current, undefined, endDate)]
    }
    count += 1
    current = next(completed, count)
  }
}
