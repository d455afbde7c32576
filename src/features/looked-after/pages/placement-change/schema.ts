import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { REASON_PLACE_CHANGE } from '../../../returns/ssda903/codes.ts'
import { codeChoice } from '../../options.ts'
import { checkPlacementUrn, placementFields } from '../../placement-fields.ts'

/** The current placement ends on the day the new one starts; the reason sits on the one that ends (SSDA903 REASON_PLACE_CHANGE). */
export function placementChangeSchema(ctx: { today: IsoDate; placementStart: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['moveDate'], body),
    z
      .object({
        moveDate: dateField('Date the child moved', 'Enter the date the child moved', {
          notAfter: ctx.today,
          notBefore: ctx.placementStart,
          notBeforeLabel: 'the start of the current placement',
        }),
        changeReason: codeChoice(REASON_PLACE_CHANGE, 'Select the reason the placement changed'),
        ...placementFields(ctx.today),
      })
      .superRefine((data, issue) => checkPlacementUrn(ctx.today, data, issue)),
  )
}
