import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

/** The assessment follows the start of the episode; the family plan follows the assessment. */
export function earlyHelpPlanSchema(ctx: { today: IsoDate; episodeStart: IsoDate }) {
  const afterStart = { notAfter: ctx.today, notBefore: ctx.episodeStart, notBeforeLabel: 'the start of the early help episode' }
  return z.preprocess(
    (body) => withDateParts(['assessmentDate', 'planDate'], body),
    z
      .object({
        assessmentDate: dateField('Date of the early help assessment', 'Enter the date the early help assessment was completed', afterStart),
        planDate: dateField('Date the family plan was agreed', 'Enter the date the family plan was agreed', afterStart),
      })
      .superRefine((data, issue) => {
        if (data.planDate < data.assessmentDate)
          issue.addIssue({ code: 'custom', path: ['planDate', 'day'], message: 'Date the family plan was agreed must be on or after the date of the early help assessment' })
      }),
  )
}
