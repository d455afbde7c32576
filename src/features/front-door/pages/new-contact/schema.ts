import { z } from 'zod'
import { codes } from '../../../casework/codes.ts'
import { dateField, text, withDateParts } from '../../../casework/form-fields.ts'
import type { IsoDate } from '../../../../platform/time/dates.ts'

/** A London wall-clock date and time → the instant. */
export function londonInstant(date: IsoDate, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`)
  const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(guess)
  const minutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5))
  const offset = ((((minutes(shown) - minutes(time) + 720) % 1440) + 1440) % 1440) - 720
  return new Date(guess.getTime() - offset * 60_000)
}

export function newContactSchema(today: IsoDate) {
  return z.preprocess(
    (body) => withDateParts(['receivedDate'], body),
    z
      .object({
        receivedDate: dateField('Date received', 'Enter the date the contact was received', { notAfter: today }),
        receivedTime: z.string().trim().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'Enter the time received in 24-hour format, like 09:30'),
        source: z.string({ message: 'Select who made the contact' }).refine((v) => codes('referral_source').includes(v), { message: 'Select who made the contact' }),
        reason: text({ required: 'Enter the reason for the contact', max: 5000 }),
        subjectDescription: text({ max: 500 }),
      })
      .transform((data) => ({
        receivedAt: londonInstant(data.receivedDate, data.receivedTime.padStart(5, '0')),
        source: data.source,
        reason: data.reason,
        subjectDescription: data.subjectDescription,
      })),
  )
}
