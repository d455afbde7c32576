import { z } from 'zod'
import { maxDate, type IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { CATEGORY_OF_NEED, LEGAL_STATUS } from '../../../returns/ssda903/codes.ts'
import { codeChoice } from '../../options.ts'
import { checkPlacementUrn, placementFields } from '../../placement-fields.ts'

/**
 * A period of care starts with its first legal status and placement on the same day (SSDA903 RNE S),
 * on or after the referral and never before the last period of care ended.
 */
export function becomeLookedAfterSchema(ctx: {
  today: IsoDate
  referralDate: IsoDate
  lastPeriodEnd: IsoDate | null
}) {
  const earliest = ctx.lastPeriodEnd ? maxDate(ctx.referralDate, ctx.lastPeriodEnd) : ctx.referralDate
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z
      .object({
        startDate: dateField(
          'Date the child became looked after',
          'Enter the date the child became looked after',
          {
            notAfter: ctx.today,
            notBefore: earliest,
            notBeforeLabel:
              earliest === ctx.referralDate ? 'the referral date' : 'the end of the last period of care',
          },
        ),
        categoryOfNeed: codeChoice(CATEGORY_OF_NEED, 'Select the category of need'),
        legalStatus: codeChoice(LEGAL_STATUS, 'Select the legal status'),
        ...placementFields(ctx.today),
      })
      .superRefine((data, issue) => checkPlacementUrn(ctx.today, data, issue)),
  )
}
