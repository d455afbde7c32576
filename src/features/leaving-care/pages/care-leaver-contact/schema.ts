// A personal adviser's contact with a care leaver, in the SSDA903 terms the OC3 return reads
// (IN_TOUCH, ACCOM with its suitability, ACTIV). Accommodation and activity are needed when the
// council is in touch, and left empty when the young person has died or returned home.
import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { isCode } from '../../../casework/codes.ts'
import { dateField, withDateParts } from '../../../casework/form-fields.ts'
import { IN_TOUCH, type InTouch } from '../../in-touch.ts'

const NOT_RECORDED: readonly InTouch[] = ['DIED', 'RHOM']
const optionalCode = z.string().optional().transform((v) => (v ? v : null))

export function careLeaverContactSchema(ctx: { today: IsoDate; careEnded: IsoDate | null }) {
  return z.preprocess(
    (body) => withDateParts(['contactDate'], body),
    z
      .object({
        contactDate: dateField('Date of the contact', 'Enter the date of the contact', {
          notAfter: ctx.today,
          ...(ctx.careEnded ? { notBefore: ctx.careEnded, notBeforeLabel: 'the date the young person left care' } : {}),
        }),
        inTouch: z.enum(IN_TOUCH, { message: 'Select whether the council is in touch with the young person' }),
        accommodation: optionalCode,
        accommodationSuitable: z.enum(['yes', 'no']).optional().transform((v) => (v === undefined ? null : v === 'yes')),
        activity: optionalCode,
      })
      .superRefine((data, issue) => {
        const add = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message })
        if (data.accommodation !== null && !isCode('care_leaver_accommodation', data.accommodation)) add('accommodation', 'Select the young person’s accommodation')
        if (data.activity !== null && !isCode('care_leaver_activity', data.activity)) add('activity', 'Select the young person’s main activity')
        if (data.inTouch === 'YES') {
          if (data.accommodation === null) add('accommodation', 'Select the young person’s accommodation')
          if (data.activity === null) add('activity', 'Select the young person’s main activity')
        }
        if (NOT_RECORDED.includes(data.inTouch)) {
          if (data.accommodation !== null) add('accommodation', 'Do not record accommodation for a young person who has died or returned home')
          if (data.activity !== null) add('activity', 'Do not record an activity for a young person who has died or returned home')
        }
        if (data.accommodation !== null && data.accommodationSuitable === null) add('accommodationSuitable', 'Select whether the accommodation is suitable')
      })
      .transform((data) => ({ ...data, accommodationSuitable: data.accommodation === null ? null : data.accommodationSuitable })),
  )
}
