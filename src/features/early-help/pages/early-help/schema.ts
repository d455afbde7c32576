import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, text, withDateParts } from '../../../casework/form-fields.ts'

export function earlyHelpSchema(ctx: { today: IsoDate; dateOfBirth: IsoDate | null }) {
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z.object({
      startDate: dateField('Start date', 'Enter the date the early help episode started', {
        notAfter: ctx.today,
        ...(ctx.dateOfBirth ? { notBefore: ctx.dateOfBirth, notBeforeLabel: 'the child’s date of birth' } : {}),
      }),
      reason: text({ required: 'Enter the reason for early help', max: 2000 }),
    }),
  )
}
