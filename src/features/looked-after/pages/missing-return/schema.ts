import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, optionalDateField, withDateParts } from '../../../casework/form-fields.ts'

/**
 * The child's return and the return home interview: offered after every missing episode and held
 * within 72 hours of the return (DfE statutory guidance on children who run away or go missing from
 * home or care, 2014). An accepted interview needs its date.
 */
export function missingReturnSchema(ctx: { today: IsoDate; missingStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['returnDate', 'rhiDate'], body),
    z
      .object({
        returnDate: dateField('Date the child returned', 'Enter the date the child returned', {
          notAfter: ctx.today,
          notBefore: ctx.missingStart,
          notBeforeLabel: 'the date the child went missing',
        }),
        rhiOffered: z
          .enum(['yes', 'no'], { message: 'Select whether a return interview was offered' })
          .transform((v) => v === 'yes'),
        rhiAccepted: z.enum(['yes', 'no']).optional(),
        rhiDate: optionalDateField('Date of the return interview', { notAfter: ctx.today }),
      })
      .superRefine((data, issue) => {
        if (data.rhiOffered && data.rhiAccepted === undefined)
          issue.addIssue({
            code: 'custom',
            path: ['rhiAccepted'],
            message: 'Select whether the child accepted the return interview',
          })
        if (data.rhiOffered && data.rhiAccepted === 'yes' && data.rhiDate === null)
          issue.addIssue({
            code: 'custom',
            path: ['rhiDate', 'day'],
            message: 'Enter the date of the return interview',
          })
        if (data.rhiDate !== null && data.rhiDate < data.returnDate)
          issue.addIssue({
            code: 'custom',
            path: ['rhiDate', 'day'],
            message: 'Date of the return interview must be on or after the date the child returned',
          })
      })
      .transform((data) => {
        const accepted = data.rhiOffered ? data.rhiAccepted === 'yes' : null
        return {
          returnDate: data.returnDate,
          rhiOffered: data.rhiOffered,
          rhiAccepted: accepted,
          rhiDate: accepted ? data.rhiDate : null,
        }
      }),
  )
}
