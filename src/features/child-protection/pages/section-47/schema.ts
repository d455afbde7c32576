import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

export function section47Schema(ctx: { today: IsoDate; strategyDate: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z.object({
      startDate: dateField('Start date', 'Enter the date the section 47 enquiry started', { notAfter: ctx.today, notBefore: ctx.strategyDate, notBeforeLabel: 'the strategy discussion' }),
    }),
  )
}
