import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'

export function strategyDiscussionSchema(today: IsoDate) {
  return z.preprocess(
    (body) => withDateParts(['heldDate'], body),
    z.object({
      heldDate: dateField('Date of the strategy discussion', 'Enter the date of the strategy discussion', { notAfter: today }),
      outcome: z.enum(['s47', 'no_s47'], { message: 'Select whether a section 47 enquiry will start' }),
    }),
  )
}
