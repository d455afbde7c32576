import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, withDateParts, yesNo } from '../../../casework/form-fields.ts'

export function authoriseSchema(today: IsoDate) {
  return z.preprocess(
    (body) => withDateParts(['authorisedDate'], body),
    z.object({
      authorisedDate: dateField('Date authorised', 'Enter the date you authorised the assessment', { notAfter: today }),
      nfa: yesNo('Select whether the assessment ends with no further action'),
    }),
  )
}
