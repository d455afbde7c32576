import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/**
 * A health assessment or dental check (Care Planning, Placement and Case Review (England)
 * Regulations 2010, regulation 7 and Schedule 1; statutory guidance "Promoting the health and
 * well-being of looked-after children", 2015), done or refused by the child.
 */
export function healthCheckSchema(ctx: { today: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['doneDate'], body),
    z.object({
      kind: z.enum(['initial_health', 'review_health', 'dental'], { message: 'Select what was done' }),
      doneDate: dateField('Date of the assessment or check', 'Enter the date of the assessment or check', {
        notAfter: ctx.today,
        notBefore: ctx.periodStart,
        notBeforeLabel: 'the date the child became looked after',
      }),
      status: z.enum(['completed', 'refused'], {
        message: 'Select whether it was completed or the child refused',
      }),
    }),
  )
}
