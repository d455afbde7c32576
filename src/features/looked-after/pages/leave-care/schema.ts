import { z } from 'zod'
import { addDays, maxDate, type IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { codeChoice, LEAVING_CARE_REASONS } from '../../options.ts'

/**
 * The end of a period of care with its SSDA903 reason episode ceased. It ends after the day the
 * period started, and not before the current placement or legal status began.
 */
export function leaveCareSchema(ctx: { today: IsoDate; periodStart: IsoDate; lastChange: IsoDate }) {
  return z.preprocess(
    (body) => withDateParts(['endDate'], body),
    z.object({
      endDate: dateField(
        'Date the child stopped being looked after',
        'Enter the date the child stopped being looked after',
        {
          notAfter: ctx.today,
          notBefore: maxDate(addDays(ctx.periodStart, 1), ctx.lastChange),
          notBeforeLabel:
            'the start of the current placement and legal status, and after the child became looked after',
        },
      ),
      reasonCeased: codeChoice(LEAVING_CARE_REASONS, 'Select why the child stopped being looked after'),
    }),
  )
}
