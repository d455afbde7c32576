import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, text, withDateParts } from '../../../casework/form-fields.ts'

/** A review follows the family plan, or the last review if there was one. */
export function earlyHelpReviewSchema(ctx: { today: IsoDate; planDate: IsoDate; lastReview: IsoDate | null }) {
  return z.preprocess(
    (body) => withDateParts(['heldDate'], body),
    z.object({
      heldDate: dateField('Date of the review', 'Enter the date of the review', {
        notAfter: ctx.today,
        notBefore: ctx.lastReview ?? ctx.planDate,
        notBeforeLabel: ctx.lastReview ? 'the date of the last review' : 'the date the family plan was agreed',
      }),
      notes: text({ max: 5000 }),
    }),
  )
}
