// When the next child in need plan review is due. Working Together to Safeguard Children 2023
// (chapter 3, children in need under section 17) asks for the plan to be reviewed regularly with
// the family and agencies, and leaves the interval to local procedure. Sightline uses the usual
// local interval: the first review within 3 months of the plan starting, then at intervals of not
// more than 3 months. The timescale engine (src/features/timescales) has no CIN plan rule yet, so
// the interval lives here, as data, until it moves there.
import { addMonths, type IsoDate } from '../../platform/time/dates.ts'

export const CIN_REVIEW_INTERVAL_MONTHS = 3

export function cinReviewDue(planStart: IsoDate, lastReview: IsoDate | null): IsoDate {
  return addMonths(lastReview ?? planStart, CIN_REVIEW_INTERVAL_MONTHS)
}
