import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { codes } from '../../../casework/codes.ts'
import { checkboxes, dateField, optionalDateField, withDateParts } from '../../../casework/form-fields.ts'

export function assessmentSchema(ctx: { today: IsoDate; referralDate: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['startDate', 'childSeenDate'], body),
    z.object({
      startDate: dateField('Start date', 'Enter the date the assessment started', { notAfter: ctx.today, notBefore: ctx.referralDate, notBeforeLabel: 'the referral date' }),
      childSeenDate: optionalDateField('Date the child was seen', { notAfter: ctx.today }),
      factors: checkboxes.refine((list) => list.every((c) => codes('assessment_factor').includes(c)), { message: 'Select factors from the list' }),
    }),
  )
}
