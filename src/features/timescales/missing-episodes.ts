// Return home interviews: 72 hours from the child's return, in real hours (not working days).
import { londonDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { dueAfter, dueAfterInstant, earliest, single, type Deadline } from './deadline.ts'
import type { MissingEpisodeFacts } from './record-facts.ts'
import { deadlineRule } from './timescale-rules.ts'

/**
 * With the moment of return, the deadline is that moment plus 72 hours, as a London date (so it
 * moves a day when the clocks change overnight). With only the date of return, it is 3 calendar
 * days after it: the same date the 72 hours would end on for any time of return. Weekends and bank
 * holidays count. An offer the child declined completes the item on the day it was declined.
 */
export function returnInterviewDeadlines(
  episodes: readonly MissingEpisodeFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  const rule = deadlineRule('return-interview')
  return episodes.flatMap((episode) => {
    const { returnedAt, returnedOn } = episode
    const anchorDate = returnedAt ? londonDate(returnedAt) : returnedOn
    if (anchorDate === undefined) return [] // still missing
    const dueDate = returnedAt
      ? dueAfterInstant(returnedAt, rule.interval, calendar)
      : dueAfter(anchorDate, rule.interval, calendar)
    return single(
      { ruleId: 'return-interview', anchor: { event: rule.anchor, date: anchorDate }, dueDate },
      earliest(episode.returnInterviewDate, episode.returnInterviewDeclinedOn),
    )
  })
}
