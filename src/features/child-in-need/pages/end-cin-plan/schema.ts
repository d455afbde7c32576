import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** The plan ends on or after its start and its last review. */
export function endCinPlanSchema(ctx: { today: IsoDate; planStart: IsoDate; lastReview: IsoDate | null }) {
  return z.preprocess(
    (body) => withDateParts(['endDate'], body),
    z.object({
      endDate: dateField('End date of the plan', 'Enter the date the child in need plan ended', {
        notAfter: ctx.today,
        notBefore: ctx.lastReview ?? ctx.planStart,
        notBeforeLabel: ctx.lastReview ? 'the date of the last review' : 'the start of the plan',
      }),
    }),
  )
}
