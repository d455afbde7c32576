import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { EARLY_HELP_END_REASONS } from '../../early-help.ts'

/** The episode ends on or after the last thing recorded on it (its start, plan or last review). */
export function endEarlyHelpSchema(ctx: { today: IsoDate; notBefore: IsoDate; notBeforeLabel: string }) {
  return z.preprocess(
    (body) => withDateParts(['endDate'], body),
    z.object({
      endDate: dateField('End date', 'Enter the date the early help episode ended', { notAfter: ctx.today, notBefore: ctx.notBefore, notBeforeLabel: ctx.notBeforeLabel }),
      endReason: z.enum(EARLY_HELP_END_REASONS, { message: 'Select why the early help episode ended' }),
    }),
  )
}
