// Statutory visits to a looked-after child: CPPCR 2010 reg 28, placement by placement. Every
// placement restarts the schedule ("within one week of the start of any placement"), and each
// visit starts the clock for the next; which interval applies depends on the placement's
// circumstance, how long it has lasted, and whether the first review has happened.
//
// Two readings of the regulation, chosen here:
// - "Until the first review" means the first looked-after review held on or after the placement
//   started: a placement made later in a period of care still gets weekly visits until the
//   review that considers it.
// - Reg 24 (temporarily approved connected person) visits are 4-weekly after the first review, as
//   the regulation's own text (reg 28(4), [T7]) groups reg 24 with an interim care order at home.
//   csc-definitions.md §3.2 lists reg 24 with reg 19 (6-weekly); it misreads its source.
import { addDays, addYears, minDate, type IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { firstOnOrAfter, rollingSeries, step, type Deadline, type Step } from './deadline.ts'
import type { PeriodOfCareFacts, PlacementFacts } from './record-facts.ts'
import type { DeadlineRuleId } from './timescale-rules.ts'

export function claVisitDeadlines(period: PeriodOfCareFacts, calendar: WorkingDayCalendar): Deadline[] {
  return period.placements.flatMap((placement) => placementVisits(placement, period, calendar))
}

function placementVisits(
  placement: PlacementFacts,
  period: PeriodOfCareFacts,
  calendar: WorkingDayCalendar,
): Deadline[] {
  const ends = [placement.endDate, period.endDate].filter((d): d is IsoDate => d !== undefined)
  const endDate = ends.length > 0 ? minDate(...ends) : undefined
  const firstReview = firstOnOrAfter(period.reviews, placement.startDate)
  const { first, next } = visitPattern(placement, firstReview, calendar)
  return rollingSeries(first, period.visits, next, endDate)
}

interface VisitPattern {
  first: Step
  next: (lastVisit: IsoDate) => Step
}

function visitPattern(
  placement: PlacementFacts,
  firstReview: IsoDate | undefined,
  calendar: WorkingDayCalendar,
): VisitPattern {
  const after = (ruleId: DeadlineRuleId) => (lastVisit: IsoDate) =>
    step(ruleId, lastVisit, calendar, 'Previous visit')
  switch (placement.visitCircumstance) {
    case 'standard':
      return {
        first: step('cla-visit-placement-start', placement.startDate, calendar),
        next: (lastVisit) => after(standardInterval(placement, lastVisit))(lastVisit),
      }
    case 'placed_with_parent_before_assessment':
      return weeklyUntilReview(placement, firstReview, 'cla-visit-parent-after-review', calendar)
    case 'connected_person_temporary_approval':
    case 'interim_care_order_at_home':
      return weeklyUntilReview(placement, firstReview, 'cla-visit-four-weekly-after-review', calendar)
    case 'care_order_at_home': {
      const orderMade = placement.careOrderMadeOn
      return {
        first: orderMade
          ? step('cla-visit-care-order-made', orderMade, calendar)
          : step('cla-visit-care-order-made', placement.startDate, calendar, 'Placement started'),
        next: after('cla-visit-care-order-at-home'),
      }
    }
  }
}

/** Reg 28(2): 6-weekly in the placement's first year; then 3-monthly if it is meant to last to 18. */
function standardInterval(placement: PlacementFacts, lastVisit: IsoDate): DeadlineRuleId {
  if (lastVisit < addYears(placement.startDate, 1)) return 'cla-visit-first-year'
  return placement.intendedToLastUntil18 ? 'cla-visit-long-term' : 'cla-visit-after-first-year'
}

/**
 * Reg 28(3) and (4): at least weekly until the first review. A visit whose next weekly date would
 * fall after a review already held moves to the after-review interval.
 */
function weeklyUntilReview(
  placement: PlacementFacts,
  firstReview: IsoDate | undefined,
  afterReview: DeadlineRuleId,
  calendar: WorkingDayCalendar,
): VisitPattern {
  return {
    first: step('cla-visit-weekly-until-review', placement.startDate, calendar, 'Placement started'),
    next: (lastVisit) =>
      firstReview !== undefined && firstReview <= addDays(lastVisit, 7)
        ? step(afterReview, lastVisit, calendar, 'Previous visit')
        : step('cla-visit-weekly-until-review', lastVisit, calendar, 'Previous visit'),
  }
}
