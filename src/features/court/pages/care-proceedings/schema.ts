import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** The application follows the referral, and the last pre-proceedings meeting if there was one. */
export function careProceedingsSchema(ctx: { today: IsoDate; notBefore: IsoDate; notBeforeLabel: string }) {
  return z.preprocess(
    (body) => withDateParts(['applicationDate'], body),
    z.object({
      applicationDate: dateField('Date the application was issued', 'Enter the date the application was issued', { notAfter: ctx.today, notBefore: ctx.notBefore, notBeforeLabel: ctx.notBeforeLabel }),
    }),
  )
}
