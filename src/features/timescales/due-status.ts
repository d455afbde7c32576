// Turns a Deadline into what a practitioner sees: its status today, working days left, and where
// it sits in a list sorted most urgent first.
import type { IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import type { Anchor, Deadline } from './deadline.ts'
import { deadlineRule, type DeadlineRuleId, type TimescaleClock } from './timescale-rules.ts'

/** `missed`: never done, and the process it belonged to has since ended, so it no longer can be. */
export type DueStatus = 'upcoming' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'missed'

export interface DueItem {
  ruleId: DeadlineRuleId
  label: string
  clock: TimescaleClock
  anchor: Anchor
  dueDate: IsoDate
  completedDate?: IsoDate
  status: DueStatus
  /**
   * Open items only: working days after today up to and including the due date (0 on the due
   * day; negative once overdue, counting the working days since it fell due). Absent when the due
   * date is before the bank-holiday data begins.
   */
  workingDaysRemaining?: number
}

/** An open item is "due soon" when no more than this many working days remain. */
export const DUE_SOON_WORKING_DAYS = 5

export function toDueItem(
  d: Deadline,
  calendar: WorkingDayCalendar,
  today: IsoDate,
  dueSoonWorkingDays: number,
): DueItem {
  const rule = deadlineRule(d.ruleId)
  const base = {
    ruleId: d.ruleId,
    label: d.label ?? rule.name,
    clock: rule.clock,
    anchor: d.anchor,
    dueDate: d.dueDate,
  }
  if (d.completedDate !== undefined) {
    return {
      ...base,
      completedDate: d.completedDate,
      status: d.completedDate <= d.dueDate ? 'met' : 'met_late',
    }
  }
  if (d.closedOn !== undefined && d.closedOn <= today) return { ...base, status: 'missed' }
  const status = today > d.dueDate ? 'overdue' : undefined
  if (d.dueDate < calendar.firstDate) return { ...base, status: status ?? 'upcoming' }
  const workingDaysRemaining = calendar.workingDaysBetween(today, d.dueDate)
  return {
    ...base,
    status: status ?? (workingDaysRemaining <= dueSoonWorkingDays ? 'due_soon' : 'upcoming'),
    workingDaysRemaining,
  }
}

const OPEN: ReadonlySet<DueStatus> = new Set(['overdue', 'due_soon', 'upcoming'])

/**
 * Most urgent first: open items by due date (so overdue, then due soon, then upcoming), then
 * finished items, most recently finished first. Ties fall back to the label, then the anchor date,
 * so the order never depends on input order.
 */
export function byUrgency(a: DueItem, b: DueItem): number {
  const aOpen = OPEN.has(a.status)
  const bOpen = OPEN.has(b.status)
  if (aOpen !== bOpen) return aOpen ? -1 : 1
  const byDate = aOpen ? compare(a.dueDate, b.dueDate) : compare(b.completedDate ?? '', a.completedDate ?? '')
  return byDate || compare(a.label, b.label) || compare(a.anchor.date, b.anchor.date)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
