import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** The agency decision maker's decision that the child should be placed for adoption (SSDA903 DATE_INT, Adoption Agencies Regulations 2005, regulation 19). */
export function adoptionDecisionSchema(ctx: { today: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['decisionDate'], body),
    z.object({
      decisionDate: dateField('Date of the decision', 'Enter the date of the decision', {
        notAfter: ctx.today,
        notBefore: ctx.periodStart,
        notBeforeLabel: 'the date the child became looked after',
      }),
    }),
  )
}
