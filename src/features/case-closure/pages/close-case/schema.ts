import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { isCode } from '../../../casework/codes.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** The case closes on or after the referral, and after the last child in need plan event. */
export function closeCaseSchema(ctx: { today: IsoDate; notBefore: IsoDate; notBeforeLabel: string }) {
  return z.preprocess(
    (body) => withDateParts(['closureDate'], body),
    z.object({
      closureDate: dateField('Date the case closed', 'Enter the date the case closed', { notAfter: ctx.today, notBefore: ctx.notBefore, notBeforeLabel: ctx.notBeforeLabel }),
      reason: z.string({ message: 'Select the reason the case closed' }).refine((code) => isCode('cin_closure_reason', code), { message: 'Select the reason the case closed' }),
    }),
  )
}
