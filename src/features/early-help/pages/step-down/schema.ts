import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, text, withDateParts } from '../../../casework/form-fields.ts'

/** Stepping down follows the referral and anything recorded on its child in need plan. */
export function stepDownSchema(ctx: { today: IsoDate; notBefore: IsoDate; notBeforeLabel: string }) {
  return z.preprocess(
    (body) => withDateParts(['stepDownDate'], body),
    z.object({
      stepDownDate: dateField('Date of the step down', 'Enter the date of the step down', { notAfter: ctx.today, notBefore: ctx.notBefore, notBeforeLabel: ctx.notBeforeLabel }),
      reason: text({ required: 'Enter what early help will work on with the family', max: 2000 }),
    }),
  )
}
