import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { isCode } from '../../../casework/codes.ts'
import { dateField, text, withDateParts } from '../../../casework/form-fields.ts'

/**
 * Stepping up follows the start of the episode (or its last review). The primary need is asked
 * only when a referral is made here; with a referral already open, the episode links to it.
 * Every answer is checked on its own field, so an empty form reports all its errors at once, in
 * the order of the form (date, primary need, reason).
 */
export function stepUpSchema(ctx: { today: IsoDate; notBefore: IsoDate; notBeforeLabel: string; makesReferral: boolean }) {
  const primaryNeed = z
    .string()
    .optional()
    .transform((v) => v ?? '')
  return z.preprocess(
    (body) => withDateParts(['stepUpDate'], body),
    z.object({
      stepUpDate: dateField('Date of the step up', 'Enter the date of the step up', { notAfter: ctx.today, notBefore: ctx.notBefore, notBeforeLabel: ctx.notBeforeLabel }),
      primaryNeed: ctx.makesReferral ? primaryNeed.refine((v) => isCode('category_of_need', v), { message: 'Select the child’s primary need' }) : primaryNeed,
      reason: text({ required: 'Enter why the child needs children’s social care', max: 2000 }),
    }),
  )
}
