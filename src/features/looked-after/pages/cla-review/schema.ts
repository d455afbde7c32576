import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { REVIEW_CODE } from '../../../returns/ssda903/codes.ts'
import { codeChoice } from '../../options.ts'

/** A looked-after review (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33), with the child's participation (SSDA903 REVIEW_CODE). */
export function claReviewSchema(ctx: { today: IsoDate; periodStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['heldDate'], body),
    z.object({
      heldDate: dateField('Date of the review', 'Enter the date of the review', {
        notAfter: ctx.today,
        notBefore: ctx.periodStart,
        notBeforeLabel: 'the date the child became looked after',
      }),
      participation: codeChoice(REVIEW_CODE, 'Select how the child took part in the review'),
    }),
  )
}
