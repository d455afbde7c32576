// When the next child in need plan review is due. Working Together to Safeguard Children 2023
// (chapter 3, children in need under section 17) asks for the plan to be reviewed regularly with
// the family and agencies, and leaves the interval to local procedure. Sightline uses the usual
// local interval: the first review within 3 months of the plan starting, then at intervals of not
// more than 3 months. The interval is declared, with its source, as the rules 'cin-review-first'
// and 'cin-review-next' in timescales/timescale-rules.ts; this is the one function that turns it
// into a date, used by the review page and by the timescale engine (timescales/child-in-need.ts).
import { addMonths, type IsoDate } from '../../platform/time/dates.ts'
import { TIMESCALE_RULES } from '../timescales/timescale-rules.ts'

export function cinReviewDue(planStart: IsoDate, lastReview: IsoDate | null): IsoDate {
  // Both rules count in months (their declared type says so), from the last review or the start.
  const { interval } = TIMESCALE_RULES[lastReview ? 'cin-review-next' : 'cin-review-first']
  return addMonths(lastReview ?? planStart, interval.count)
}
