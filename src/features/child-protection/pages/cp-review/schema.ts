import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts, yesNo } from '../../../casework/form-fields.ts'

export function cpReviewSchema(ctx: { today: IsoDate; planStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['heldDate'], body),
    z.object({
      heldDate: dateField('Date of the review conference', 'Enter the date of the review conference', { notAfter: ctx.today, notBefore: ctx.planStart, notBeforeLabel: 'the start of the plan' }),
      continuePlan: yesNo('Select whether the child protection plan continues'),
    }),
  )
}
