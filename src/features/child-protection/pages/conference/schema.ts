import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

export const CP_CATEGORIES = ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'] as const

export function conferenceSchema(ctx: { today: IsoDate; s47Start: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['conferenceDate'], body),
    z
      .object({
        conferenceDate: dateField('Date of the conference', 'Enter the date of the conference', { notAfter: ctx.today, notBefore: ctx.s47Start, notBeforeLabel: 'the start of the section 47 enquiry' }),
        planMade: z.enum(['yes', 'no'], { message: 'Select whether the child is made subject to a child protection plan' }).transform((v) => v === 'yes'),
        category: z.string().optional().transform((v) => v || null),
      })
      .superRefine((data, issue) => {
        if (data.planMade && !(CP_CATEGORIES as readonly string[]).includes(data.category ?? '')) issue.addIssue({ code: 'custom', path: ['category'], message: 'Select the category of abuse' })
      })
      .transform((data) => ({ ...data, category: data.planMade ? (data.category as (typeof CP_CATEGORIES)[number]) : null })),
  )
}
