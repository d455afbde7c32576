import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** A personal education plan, part of the care plan (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 5(b)(ii)). */
export function pepSchema(ctx: { today: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['planDate'], body),
    z.object({
      planDate: dateField(
        'Date of the personal education plan',
        'Enter the date of the personal education plan',
        {
          notAfter: ctx.today,
          notBefore: ctx.periodStart,
          notBeforeLabel: 'the date the child became looked after',
        },
      ),
    }),
  )
}
