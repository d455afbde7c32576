import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

export function cinPlanSchema(ctx: { today: IsoDate; assessmentAuthorised: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z.object({
      startDate: dateField('Start date of the plan', 'Enter the date the child in need plan started', {
        notAfter: ctx.today,
        notBefore: ctx.assessmentAuthorised,
        notBeforeLabel: 'the date the assessment was authorised',
      }),
    }),
  )
}
