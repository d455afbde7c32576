import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** A statutory visit to a looked-after child (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 28). */
export function claVisitSchema(ctx: { today: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['visitDate'], body),
    z
      .object({
        visitDate: dateField('Date of the visit', 'Enter the date of the visit', {
          notAfter: ctx.today,
          notBefore: ctx.periodStart,
          notBeforeLabel: 'the date the child became looked after',
        }),
        seen: z
          .enum(['yes', 'no'], { message: 'Select whether the child was seen' })
          .transform((v) => v === 'yes'),
        seenAlone: z.enum(['yes', 'no']).optional(),
      })
      .superRefine((data, issue) => {
        if (data.seen && data.seenAlone === undefined)
          issue.addIssue({
            code: 'custom',
            path: ['seenAlone'],
            message: 'Select whether the child was seen alone',
          })
      })
      .transform((data) => ({
        visitDate: data.visitDate,
        seen: data.seen,
        seenAlone: data.seen && data.seenAlone === 'yes',
      })),
  )
}
