import { z } from 'zod'
import type { IsoDate } from '../../../../platform/time/dates.ts'
import { dateField, optionalDateField, withDateParts } from '../../../casework/form-fields.ts'

/** The search form (GET): at least one thing to search on. */
export const searchSchema = z.preprocess(
  (query) => withDateParts(['dateOfBirth'], query),
  z
    .object({
      forename: z.string().trim().max(100).optional().default(''),
      surname: z.string().trim().max(100).optional().default(''),
      dateOfBirth: optionalDateField('Date of birth'),
      postcode: z.string().trim().max(10).optional().default(''),
      nhsNumber: z
        .string()
        .optional()
        .default('')
        .transform((v) => v.replace(/\s+/g, ''))
        .refine((v) => v === '' || /^\d{10}$/.test(v), { message: 'NHS number must be 10 digits' }),
    })
    .refine((t) => t.forename || t.surname || t.dateOfBirth || t.postcode || t.nhsNumber, { message: 'Enter a name, date of birth, postcode or NHS number to search for', path: ['surname'] }),
)

/** Creating the child when the search finds nobody. */
export function newChildSchema(today: IsoDate) {
  return z.preprocess(
    (body) => withDateParts(['newDateOfBirth'], body),
    z.object({
      newForename: z.string().trim().min(1, 'Enter the child’s first name').max(100),
      newSurname: z.string().trim().min(1, 'Enter the child’s last name').max(100),
      newSex: z.enum(['F', 'M', 'U'], { message: 'Select the child’s sex, or not known' }),
      newDateOfBirth: dateField('Date of birth', 'Enter the child’s date of birth', { notAfter: today }),
      newNhsNumber: z
        .string()
        .optional()
        .default('')
        .transform((v) => v.replace(/\s+/g, ''))
        .refine((v) => v === '' || /^\d{10}$/.test(v), { message: 'NHS number must be 10 digits' })
        .transform((v) => v || null),
    }),
  )
}

export const linkSchema = z.object({ childId: z.string().regex(/^\d+$/, 'Select the child').transform(Number) })
