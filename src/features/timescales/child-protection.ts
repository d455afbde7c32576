// Child protection deadlines: the initial conference on both clocks, core groups, review
// conferences, and the local pre-birth review.
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { firstOnOrAfter, rollingSeries, single, step, type Deadline, type Step } from './deadline.ts'
import type { ChildProtectionPlanFacts, Section47Facts } from './record-facts.ts'

/**
 * Working Together counts 15 working days from the strategy discussion that started the enquiry;
 * DfE's census counts from the enquiry's actual start date. Both are shown, labelled.
 */
export function initialConferenceDeadlines(
  enquiries: readonly Section47Facts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  return enquiries
    .filter((s47) => s47.icpcDate !== undefined || !s47.conferenceNotNeeded)
    .flatMap((s47) => [
      ...single(step('icpc-from-strategy-discussion', s47.strategyDiscussionDate, calendar), s47.icpcDate),
      ...single(step('icpc-from-s47-start', s47.startDate, calendar), s47.icpcDate),
    ])
}

export function childProtectionPlanDeadlines(
  plans: readonly ChildProtectionPlanFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  return plans.flatMap((plan) => [
    ...rollingSeries(
      step('core-group-first', plan.startDate, calendar),
      plan.coreGroups,
      (last) => step('core-group-next', last, calendar),
      plan.endDate,
    ),
    ...rollingSeries(
      step('cp-review-first', plan.startDate, calendar),
      plan.reviewConferences,
      (last) => step('cp-review-next', last, calendar),
      plan.endDate,
    ),
    ...preBirthReviewDeadline(plan, calendar),
  ])
}

/**
 * Local rule: after a pre-birth conference the first review is due 3 months after it or 20
 * working days after the birth, whichever is sooner. Until the baby is born the expected date
 * stands in, and the item says so in its anchor.
 */
function preBirthReviewDeadline(plan: ChildProtectionPlanFacts, calendar: WorkingDayCalendar): Deadline[] {
  if (plan.preBirth === undefined) return []
  const { birthDate, expectedBirthDate } = plan.preBirth
  const byBirth = step(
    'cp-review-pre-birth',
    birthDate ?? expectedBirthDate,
    calendar,
    birthDate ? 'Birth' : 'Expected birth',
  )
  const byConference = step('cp-review-first', plan.startDate, calendar)
  const birthIsSooner =
    byBirth.dueDate !== null && (byConference.dueDate === null || byBirth.dueDate <= byConference.dueDate)
  const sooner: Step = birthIsSooner ? byBirth : { ...byConference, ruleId: 'cp-review-pre-birth' }
  return single(sooner, firstOnOrAfter(plan.reviewConferences, plan.startDate, plan.endDate), plan.endDate)
}
