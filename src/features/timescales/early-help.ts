// Early help (local practice, not statute): assessment, plan, and reviews of the plan.
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { rollingSeries, single, step, type Deadline } from './deadline.ts'
import type { EarlyHelpFacts } from './record-facts.ts'

export function earlyHelpDeadlines(
  episodes: readonly EarlyHelpFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  return episodes.flatMap((episode) => [
    ...single(
      step('early-help-assessment', episode.startDate, calendar),
      episode.assessmentDate,
      episode.endDate,
    ),
    ...single(step('early-help-plan', episode.startDate, calendar), episode.planDate, episode.endDate),
    // Reviews run from the plan: with no plan yet there is nothing to review.
    ...(episode.planDate === undefined
      ? []
      : rollingSeries(
          step('early-help-review-first', episode.planDate, calendar),
          episode.reviews,
          (last) => step('early-help-review-next', last, calendar),
          episode.endDate,
        )),
  ])
}
