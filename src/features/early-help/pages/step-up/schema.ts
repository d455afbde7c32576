import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { isCode } from '../../../casework/codes.ts'
import { dateField, text, withDateParts } from '../../../casework/form-fields.ts'

/**
 * Stepping up follows the start of the episode (or its last review). The primary need is asked
 * only when a referral is made here; with a referral already open, the episode links to it.
 */
export function stepUpSchema(ctx: { today: IsoDate; notBefore: IsoDate; notBeforeLabel: string; makesReferral: boolean }) {
  return z.preprocess(
    (body) => withDateParts(['stepUpDate'], body),
    z
      .object({
        stepUpDate: dateField('Date of the step up', 'Enter the date of the step up', { notAfter: ctx.today, notBefore: ctx.notBefore, notBeforeLabel: ctx.notBeforeLabel }),
        primaryNeed: z.string().optional().transform((v) => v ?? ''),
        reason: text({ required: 'Enter why the child needs children’s social care', max: 2000 }),
      })
      .superRefine((data, issue) => {
        if (ctx.makesReferral && !isCode('category_of_need', data.primaryNeed)) issue.addIssue({ code: 'custom', path: ['primaryNeed'], message: 'Select the child’s primary need' })
      }),
  )
}
