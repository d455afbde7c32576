import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** A missing episode: missing (M) or away from placement without authorisation (A), as the SSDA903 MISSING table records it. */
export function missingEpisodeSchema(ctx: { today: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z.object({
      kind: z.enum(['M', 'A'], {
        message: 'Select whether the child was missing or away without authorisation',
      }),
      startDate: dateField('Date the child went missing', 'Enter the date the child went missing', {
        notAfter: ctx.today,
        notBefore: ctx.periodStart,
        notBeforeLabel: 'the date the child became looked after',
      }),
    }),
  )
}
