// Front door and assessment deadlines: the contact decision, the strategy discussion, and the
// assessment on both clocks (Working Together from the referral; DfE from the assessment start).
import { londonDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { dueAfterInstant, single, sortedUnique, step, type Deadline } from './deadline.ts'
import type { AssessmentFacts, ContactFacts, ReferralFacts, StrategyDiscussionFacts } from './record-facts.ts'
import { deadlineRule } from './timescale-rules.ts'

/**
 * One working day from receipt, counted on London dates. The day of receipt is day 0 whatever the
 * time, so a contact received at 17:30 on a Tuesday is due by the end of Wednesday, and one
 * received on a Saturday or a bank holiday is due by the end of the next working day. We do not
 * move after-hours contacts to the next day: whole-day counting already leaves at least one full
 * working day, and needs no office-hours setting.
 */
export function contactDeadlines(
  contacts: readonly ContactFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  const rule = deadlineRule('contact-decision')
  return contacts.flatMap((contact) =>
    single(
      {
        ruleId: 'contact-decision',
        anchor: { event: rule.anchor, date: londonDate(contact.receivedAt) },
        dueDate: dueAfterInstant(contact.receivedAt, rule.interval, calendar),
      },
      contact.screeningDecidedAt && londonDate(contact.screeningDecidedAt),
    ),
  )
}

/** The local 24-hour clock runs from the recorded decision; without one there is nothing to count. */
export function strategyDiscussionDeadlines(
  discussions: readonly StrategyDiscussionFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  const rule = deadlineRule('strategy-discussion')
  return discussions.flatMap(({ decidedAt, heldOn }) =>
    decidedAt === undefined
      ? []
      : single(
          {
            ruleId: 'strategy-discussion',
            anchor: { event: rule.anchor, date: londonDate(decidedAt) },
            dueDate: dueAfterInstant(decidedAt, rule.interval, calendar),
          },
          heldOn,
        ),
  )
}

/**
 * Both 45-working-day clocks for every assessment. A referral still waiting for its assessment
 * already has the Working Together clock running, so it gets that item too; the DfE clock only
 * starts with the assessment.
 */
export function assessmentDeadlines(
  referrals: readonly ReferralFacts[],
  assessments: readonly AssessmentFacts[],
  calendar: WorkingDayCalendar,
): Deadline[] {
  const assessed = new Set(assessments.map((a) => a.referralDate))
  const waiting = referrals.filter((r) => !r.noFurtherAction && !assessed.has(r.date))
  return [
    ...waiting.flatMap((r) => single(step('assessment-from-referral', r.date, calendar))),
    ...assessments.flatMap((a) => [
      ...single(step('assessment-from-referral', a.referralDate, calendar), a.authorisedDate),
      ...single(step('assessment-from-start', a.startDate, calendar), a.authorisedDate),
      ...managerReviewDeadlines(a, calendar),
    ]),
  ]
}

/**
 * Local checkpoints at 10 and 20 working days from the start, owed only while the assessment is
 * still open. Manager reviews are matched to checkpoints in date order, one each.
 */
function managerReviewDeadlines(a: AssessmentFacts, calendar: WorkingDayCalendar): Deadline[] {
  const reviews = sortedUnique(a.managerReviews).filter((d) => d >= a.startDate)
  const checkpoints = [
    step('assessment-manager-review-10', a.startDate, calendar),
    step('assessment-manager-review-20', a.startDate, calendar),
  ]
  const owed = checkpoints.filter(
    (c) => c.dueDate !== null && (a.authorisedDate === undefined || a.authorisedDate > c.dueDate),
  )
  return owed.flatMap((checkpoint, index) => single(checkpoint, reviews[index]))
}
