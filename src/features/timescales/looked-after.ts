// Looked-after deadlines for one period of care: reviews (CPPCR reg 33), the initial and review
// health assessments, and the personal education plan. Short-break periods are planned under the
// modified regulations (reg 48) and get none of these.
import { ageOn, type IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { claVisitDeadlines } from './cla-visits.ts'
import {
  firstOnOrAfter,
  rollingSeries,
  single,
  sortedUnique,
  step,
  type Deadline,
  type Step,
} from './deadline.ts'
import type { ChildRecordFacts, PeriodOfCareFacts } from './record-facts.ts'
import { HEALTH_REVIEW_ANNUAL_FROM_AGE, PEP_AGE_RANGE } from './timescale-rules.ts'

export function lookedAfterDeadlines(facts: ChildRecordFacts, calendar: WorkingDayCalendar): Deadline[] {
  const periods = [...facts.periodsOfCare].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))
  return periods.flatMap((period, index) => {
    if (period.shortBreaks) return []
    // Assessments and plans made before this period but after the last one ended count for it:
    // the health assessment and PEP are meant to be done before the child is placed.
    const since = periods[index - 1]?.endDate
    return [
      ...reviewDeadlines(period, calendar),
      ...claVisitDeadlines(period, calendar),
      ...healthDeadlines(facts, period, since, calendar),
      ...pepDeadline(facts, period, since, calendar),
    ]
  })
}

function reviewDeadlines(period: PeriodOfCareFacts, calendar: WorkingDayCalendar): Deadline[] {
  return rollingSeries(
    step('cla-review-first', period.startDate, calendar),
    period.reviews,
    (last, count) => step(count === 1 ? 'cla-review-second' : 'cla-review-next', last, calendar),
    period.endDate,
  )
}

/** Dates in this period's window: after the previous period ended, up to this one's end. */
function inWindow(
  dates: readonly IsoDate[],
  since: IsoDate | undefined,
  period: PeriodOfCareFacts,
): IsoDate[] {
  return sortedUnique(dates).filter(
    (d) => (since === undefined || d > since) && (period.endDate === undefined || d <= period.endDate),
  )
}

function healthDeadlines(
  facts: ChildRecordFacts,
  period: PeriodOfCareFacts,
  since: IsoDate | undefined,
  calendar: WorkingDayCalendar,
): Deadline[] {
  const initial = inWindow(
    facts.healthAssessments.filter((h) => h.kind === 'initial').map((h) => h.date),
    since,
    period,
  )[0]
  const all = inWindow(
    facts.healthAssessments.map((h) => h.date),
    since,
    period,
  )
  const [firstAssessment, ...later] = all
  const reviews =
    firstAssessment === undefined
      ? []
      : rollingSeries(
          healthReviewStep(facts, firstAssessment, calendar),
          later,
          (last) => healthReviewStep(facts, last, calendar),
          period.endDate,
        )
  return [...initialHealthDeadline(period, initial, calendar), ...reviews]
}

/**
 * Due before the first review: the first review's own deadline (20 working days), or the day the
 * first review was actually held if that was sooner.
 */
function initialHealthDeadline(
  period: PeriodOfCareFacts,
  done: IsoDate | undefined,
  calendar: WorkingDayCalendar,
): Deadline[] {
  const byDeadline = step('health-initial', period.startDate, calendar)
  const firstReview = firstOnOrAfter(period.reviews, period.startDate, period.endDate)
  const due =
    byDeadline.dueDate !== null && firstReview !== undefined && firstReview < byDeadline.dueDate
      ? firstReview
      : byDeadline.dueDate
  return single({ ...byDeadline, dueDate: due }, done, period.endDate)
}

/**
 * Six-monthly while the child is under 5 on the day of the last assessment, yearly from then on.
 * An assessment a day before the fifth birthday therefore sets a 6-month clock: the stricter one,
 * since the child was still under 5 when it was done. With no date of birth (unborn at entry,
 * or not yet recorded) the stricter 6-monthly interval is used.
 */
function healthReviewStep(facts: ChildRecordFacts, last: IsoDate, calendar: WorkingDayCalendar): Step {
  const age = facts.dateOfBirth === undefined ? 0 : ageOn(facts.dateOfBirth, last)
  const ruleId = age < HEALTH_REVIEW_ANNUAL_FROM_AGE ? 'health-review-under-5' : 'health-review-5-and-over'
  return step(ruleId, last, calendar)
}

/** Only for a child of (approximately) compulsory school age when the period starts. */
function pepDeadline(
  facts: ChildRecordFacts,
  period: PeriodOfCareFacts,
  since: IsoDate | undefined,
  calendar: WorkingDayCalendar,
): Deadline[] {
  if (facts.dateOfBirth === undefined) return []
  const age = ageOn(facts.dateOfBirth, period.startDate)
  if (age < PEP_AGE_RANGE.from || age >= PEP_AGE_RANGE.below) return []
  const done = inWindow(facts.personalEducationPlans, since, period)[0]
  return single(step('pep-initial', period.startDate, calendar), done, period.endDate)
}
