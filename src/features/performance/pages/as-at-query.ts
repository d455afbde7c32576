// The "as at" choice every performance page takes from its query string: a date and whether to
// read the record as recorded at the time or as now known. Validated once, here.
import { z } from 'zod'
import { fieldErrors, type FieldError } from '../../../platform/http/form-errors.ts'
import { isIsoDate } from '../../../platform/time/dates.ts'

export const asAtQuerySchema = z.object({
  asAt: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || isIsoDate(v), {
      message: 'Date must be a real date, for example 2025-03-31',
    }),
  mode: z.enum(['recorded', 'now'], { message: 'Choose as recorded at the time or as now known' }).optional(),
})

export type AsAtQuery = { date: string | undefined; mode: 'recorded' | 'now' | undefined }

export function parseAsAtQuery(
  query: unknown,
): { ok: true; value: AsAtQuery } | { ok: false; errors: FieldError[] } {
  const parsed = asAtQuerySchema.safeParse(query ?? {})
  if (!parsed.success) {
    return { ok: false, errors: fieldErrors(parsed.error) }
  }
  return { ok: true, value: { date: parsed.data.asAt || undefined, mode: parsed.data.mode } }
}
