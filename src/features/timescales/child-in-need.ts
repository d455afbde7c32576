// Child in need plan reviews (local practice, not statute): the first within 3 months of the plan
// starting, then each within 3 months of the last one held, while the plan lasts. The due date
// comes from the one function that counts it (child-in-need/cin-review-timescale.ts), which reads
// the interval declared in timescale-rules.ts.
import type { IsoDate } from '../../platform/time/dates.ts'
import { cinReviewDue } from '../child-in-need/cin-review-timescale.ts'
import { rollingSeries, type Deadline, type Step } from './deadline.ts'
import type { ChildInNeedPlanFacts } from './record-facts.ts'
import { deadlineRule } from './timescale-rules.ts'

function review(planStart: IsoDate, lastReview: IsoDate | null): Step {
  const ruleId = lastReview === null ? 'cin-review-first' : 'cin-review-next'
  return {
    ruleId,
    anchor: { event: deadlineRule(ruleId).anchor, date: lastReview ?? planStart },
    dueDate: cinReviewDue(planStart, lastReview),
  }
}

export function childInNeedPlanDeadlines(plans: readonly ChildInNeedPlanFacts[]): Deadline[] {
  return plans.flatMap((plan) =>
    rollingSeries(
      review(plan.startDate, null),
      plan.reviews,
      (last) => review(plan.startDate, last),
      plan.endDate,
    ),
  )
}
