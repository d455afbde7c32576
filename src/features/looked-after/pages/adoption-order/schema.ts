import { z } from 'zod'
import { addDays, maxDate, type IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { ADOPTION_REASONS } from '../../options.ts'

/** The adoption order ends the period of care: SSDA903 reason episode ceased E11 (unopposed) or E12 (consent dispensed with). */
export function adoptionOrderSchema(ctx: { today: IsoDate; placedDate: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['orderDate'], body),
    z.object({
      orderDate: dateField('Date of the adoption order', 'Enter the date of the adoption order', {
        notAfter: ctx.today,
        notBefore: maxDate(ctx.placedDate, addDays(ctx.periodStart, 1)),
        notBeforeLabel: 'the date the child was placed for adoption, and after the child became looked after',
      }),
      reasonCeased: z.enum(ADOPTION_REASONS, { message: 'Select whether the application was unopposed' }),
    }),
  )
}
