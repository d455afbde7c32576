import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

export function coreGroupSchema(ctx: { today: IsoDate; planStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['heldDate'], body),
    z.object({
      heldDate: dateField('Date of the core group meeting', 'Enter the date of the core group meeting', { notAfter: ctx.today, notBefore: ctx.planStart, notBeforeLabel: 'the start of the plan' }),
    }),
  )
}
