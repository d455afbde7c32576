import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, optionalDateField, withDateParts } from '../../../casework/form-fields.ts'
import { FINAL_ORDERS } from '../../court.ts'

/** The final hearing (if there was one) and the order follow the application; the order follows the hearing. */
export function proceedingsOutcomeSchema(ctx: { today: IsoDate; applicationDate: IsoDate }) {
  const afterApplication = { notAfter: ctx.today, notBefore: ctx.applicationDate, notBeforeLabel: 'the date the application was issued' }
  return z.preprocess(
    (body) => withDateParts(['finalHearingDate', 'finalOrderDate'], body),
    z
      .object({
        finalHearingDate: optionalDateField('Date of the final hearing', afterApplication),
        finalOrder: z.enum(FINAL_ORDERS, { message: 'Select the outcome of the proceedings' }),
        finalOrderDate: dateField('Date the proceedings ended', 'Enter the date the proceedings ended', afterApplication),
      })
      .superRefine((data, issue) => {
        if (data.finalHearingDate && data.finalOrderDate < data.finalHearingDate)
          issue.addIssue({ code: 'custom', path: ['finalOrderDate', 'day'], message: 'Date the proceedings ended must be on or after the date of the final hearing' })
      }),
  )
}
