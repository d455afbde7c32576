import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { LEGAL_STATUS } from '../../../returns/ssda903/codes.ts'
import { codeChoice } from '../../options.ts'

/** The current legal status ends on the day the new one starts (SSDA903 RNE L, or B/U with a placement change). */
export function legalStatusChangeSchema(ctx: {
  today: IsoDate
  currentStart: IsoDate
  currentCode: string | null
}) {
  return z.preprocess(
    (body) => withDateParts(['startDate'], body),
    z
      .object({
        startDate: dateField('Date the legal status changed', 'Enter the date the legal status changed', {
          notAfter: ctx.today,
          notBefore: ctx.currentStart,
          notBeforeLabel: 'the start of the current legal status',
        }),
        code: codeChoice(LEGAL_STATUS, 'Select the new legal status'),
      })
      .superRefine((data, issue) => {
        if (data.code === ctx.currentCode)
          issue.addIssue({
            code: 'custom',
            path: ['code'],
            message: 'Select a legal status different from the current one',
          })
      }),
  )
}
