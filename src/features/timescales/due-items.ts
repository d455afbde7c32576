// The timescale engine's one entry point: every deadline for one child, with its status on
// `today`, most urgent first. Pure: the facts, the working-day calendar and today are all inputs.
import type { IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { careLeaverDeadlines } from './care-leavers.ts'
import { careProceedingsDeadlines } from './care-proceedings.ts'
import { childInNeedPlanDeadlines } from './child-in-need.ts'
import { childProtectionPlanDeadlines, initialConferenceDeadlines } from './child-protection.ts'
import type { Deadline } from './deadline.ts'
import { byUrgency, DUE_SOON_WORKING_DAYS, toDueItem, type DueItem } from './due-status.ts'
import { earlyHelpDeadlines } from './early-help.ts'
import { assessmentDeadlines, contactDeadlines, strategyDiscussionDeadlines } from './front-door.ts'
import { lookedAfterDeadlines } from './looked-after.ts'
import { returnInterviewDeadlines } from './missing-episodes.ts'
import type { ChildRecordFacts } from './record-facts.ts'
import type { DeadlineRuleId } from './timescale-rules.ts'

export type { DueItem, DueStatus } from './due-status.ts'

export interface DueItemOptions {
  /** Open items with this many working days or fewer left are "due soon" (default 5). */
  dueSoonWorkingDays?: number
  /** Local rules a council does not use (for example the assessment manager-review checkpoints). */
  excludeRules?: readonly DeadlineRuleId[]
}

export function dueItems(
  facts: ChildRecordFacts,
  calendar: WorkingDayCalendar,
  today: IsoDate,
  options: DueItemOptions = {},
): DueItem[] {
  const excluded = new Set(options.excludeRules ?? [])
  const dueSoon = options.dueSoonWorkingDays ?? DUE_SOON_WORKING_DAYS
  return allDeadlines(facts, calendar)
    .filter((d) => !excluded.has(d.ruleId))
    .map((d) => toDueItem(d, calendar, today, dueSoon))
    .sort(byUrgency)
}

function allDeadlines(facts: ChildRecordFacts, calendar: WorkingDayCalendar): Deadline[] {
  return [
    ...contactDeadlines(facts.contacts, calendar),
    ...strategyDiscussionDeadlines(facts.strategyDiscussions, calendar),
    ...assessmentDeadlines(facts.referrals, facts.assessments, calendar),
    ...initialConferenceDeadlines(facts.section47Enquiries, calendar),
    ...childProtectionPlanDeadlines(facts.childProtectionPlans, calendar),
    ...childInNeedPlanDeadlines(facts.childInNeedPlans),
    ...lookedAfterDeadlines(facts, calendar),
    ...returnInterviewDeadlines(facts.missingEpisodes, calendar),
    ...careProceedingsDeadlines(facts.careProceedings, calendar),
    ...careLeaverDeadlines(facts.careLeaver, calendar),
    ...earlyHelpDeadlines(facts.earlyHelpEpisodes, calendar),
  ]
}
