// Care leavers: pathway plan reviews, and the personal adviser's visits after a move and at least
// every 2 months while leaving-care support lasts.
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { firstOnOrAfter, rollingSeries, single, sortedUnique, step, type Deadline } from './deadline.ts'
import type { CareLeaverFacts } from './record-facts.ts'

export function careLeaverDeadlines(
  careLeaver: CareLeaverFacts | undefined,
  calendar: WorkingDayCalendar,
): Deadline[] {
  if (careLeaver === undefined) return []
  const { supportStartDate, supportEndDate, personalAdviserContacts } = careLeaver
  // The first pathway plan has no timescale in §3.2; the 6-month review clock starts from it.
  const [firstPlan, ...reviews] = sortedUnique(careLeaver.pathwayPlans)
  const pathwayPlanReviews =
    firstPlan === undefined
      ? []
      : rollingSeries(
          step('pathway-plan-review', firstPlan, calendar, 'Pathway plan'),
          reviews,
          (last) => step('pathway-plan-review', last, calendar),
          supportEndDate,
        )
  const contacts = rollingSeries(
    step('pa-contact', supportStartDate, calendar, 'Leaving-care support began'),
    personalAdviserContacts,
    (last) => step('pa-contact', last, calendar),
    supportEndDate,
  )
  const afterMoves = careLeaver.moves
    .filter((move) => move >= supportStartDate && (supportEndDate === undefined || move <= supportEndDate))
    .flatMap((move) =>
      single(
        step('pa-visit-after-move', move, calendar),
        firstOnOrAfter(personalAdviserContacts, move, supportEndDate),
        supportEndDate,
      ),
    )
  return [...pathwayPlanReviews, ...contacts, ...afterMoves]
}
