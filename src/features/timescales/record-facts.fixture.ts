// Builders for timescale tests: a child with nothing recorded, and the records that take most
// fields, so each test states only what it is about.
import type { IsoDate } from '../../platform/time/dates.ts'
import { englandAndWalesCalendar } from '../../platform/time/working-days.ts'
import { dueItems, type DueItem } from './due-items.ts'
import type { ChildRecordFacts, PeriodOfCareFacts, PlacementFacts } from './record-facts.ts'
import type { DeadlineRuleId } from './timescale-rules.ts'

export function childFacts(overrides: Partial<ChildRecordFacts> = {}): ChildRecordFacts {
  return {
    dateOfBirth: '2012-06-15',
    contacts: [],
    referrals: [],
    assessments: [],
    strategyDiscussions: [],
    section47Enquiries: [],
    childProtectionPlans: [],
    childInNeedPlans: [],
    periodsOfCare: [],
    healthAssessments: [],
    personalEducationPlans: [],
    missingEpisodes: [],
    careProceedings: [],
    earlyHelpEpisodes: [],
    ...overrides,
  }
}

export function periodOfCare(
  startDate: IsoDate,
  overrides: Partial<PeriodOfCareFacts> = {},
): PeriodOfCareFacts {
  return { startDate, shortBreaks: false, placements: [], reviews: [], visits: [], ...overrides }
}

export function placement(startDate: IsoDate, overrides: Partial<PlacementFacts> = {}): PlacementFacts {
  return {
    startDate,
    placementType: 'U1',
    intendedToLastUntil18: false,
    visitCircumstance: 'standard',
    ...overrides,
  }
}

/** The compact shape most assertions compare: rule, anchor date, due date, status, completion. */
export interface ItemSummary {
  ruleId: DeadlineRuleId
  from: IsoDate
  due: IsoDate
  status: DueItem['status']
  done?: IsoDate
}

export function summarise(item: DueItem): ItemSummary {
  const summary: ItemSummary = {
    ruleId: item.ruleId,
    from: item.anchor.date,
    due: item.dueDate,
    status: item.status,
  }
  if (item.completedDate !== undefined) summary.done = item.completedDate
  return summary
}

/** Items for the rules whose ids start with `prefix`, in due-date order (not urgency order). */
export function itemsFor(facts: ChildRecordFacts, today: IsoDate, prefix: string): ItemSummary[] {
  return dueItems(facts, englandAndWalesCalendar, today)
    .filter((item) => item.ruleId.startsWith(prefix))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.ruleId < b.ruleId ? -1 : 1))
    .map(summarise)
}
