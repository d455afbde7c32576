import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** A review follows the plan's start, or the last review if there was one. */
export function cinReviewSchema(ctx: { today: IsoDate; planStart: IsoDate; lastReview: IsoDate | null }) {
  return z.preprocess(
    (body) => withDateParts(['heldDate'], body),
    z.object({
      heldDate: dateField('Date of the review', 'Enter the date of the review', {
        notAfter: ctx.today,
        notBefore: ctx.lastReview ?? ctx.planStart,
        notBeforeLabel: ctx.lastReview ? 'the date of the last review' : 'the start of the plan',
      }),
    }),
  )
}
