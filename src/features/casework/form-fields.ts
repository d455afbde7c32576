// Field schemas shared by casework forms, with GOV.UK wording. A date entered in a GOV.UK date
// input arrives as `<name>-day`, `<name>-month`, `<name>-year`; `withDateParts` gathers them into
// one object so a form schema can say `startDate: pastDate('the start', today)`. Errors point at
// the day box (`#startDate-day`), the first input of the group, as the error summary expects.
import { z } from 'zod'
import { isIsoDate, type IsoDate } from '../../platform/time/dates.ts'

export interface DateParts {
  day: string
  month: string
  year: string
}

/** Folds `x-day`/`x-month`/`x-year` body fields into `x: { day, month, year }` for the named fields. */
export function withDateParts(names: readonly string[], body: unknown): Record<string, unknown> {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const out: Record<string, unknown> = { ...source }
  for (const name of names) {
    const part = (p: string) => (typeof source[`${name}-${p}`] === 'string' ? String(source[`${name}-${p}`]).trim() : '')
    out[name] = { day: part('day'), month: part('month'), year: part('year') }
  }
  return out
}

const partsSchema = z.object({ day: z.string(), month: z.string(), year: z.string() })

function toIso(parts: DateParts): IsoDate | null {
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(parts.year)) return null
  const iso = `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : null
}

/**
 * A date from a GOV.UK date input, e.g. `dateField('Date of the visit', 'Enter the date of the visit', { notAfter: today })`.
 * Messages follow the Design System: "Enter the date of the visit" · "Date of the visit must include
 * a month" · "Date of the visit must be a real date" · "Date of the visit must be today or in the past".
 */
export function dateField(
  label: string,
  enter: string,
  options: { notAfter?: IsoDate; notBefore?: IsoDate; notBeforeLabel?: string } = {},
) {
  return partsSchema.transform((parts, ctx): IsoDate => {
    if (!parts.day && !parts.month && !parts.year) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: enter })
      return z.NEVER
    }
    const missing = (['day', 'month', 'year'] as const).filter((p) => !parts[p])
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: [missing[0] as string], message: `${label} must include a ${missing.join(' and ')}` })
      return z.NEVER
    }
    const iso = toIso(parts)
    if (!iso) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: `${label} must be a real date` })
      return z.NEVER
    }
    if (options.notAfter && iso > options.notAfter) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: `${label} must be today or in the past` })
      return z.NEVER
    }
    if (options.notBefore && iso < options.notBefore) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: `${label} must be on or after ${options.notBeforeLabel ?? options.notBefore}` })
      return z.NEVER
    }
    return iso
  })
}

/** As dateField, but an empty date is allowed (null); a partly filled or out-of-range date keeps dateField's own message. */
export function optionalDateField(label: string, options: { notAfter?: IsoDate; notBefore?: IsoDate; notBeforeLabel?: string } = {}) {
  const required = dateField(label, '', options)
  return partsSchema.transform((parts, ctx): IsoDate | null => {
    if (!parts.day && !parts.month && !parts.year) return null
    const parsed = required.safeParse(parts)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
    return z.NEVER
  })
}

/** A radio answer that must be one of `values`. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { message })
}

/** Yes/no radios → boolean. */
export function yesNo(message: string) {
  return z.enum(['yes', 'no'], { message }).transform((v) => v === 'yes')
}

/** Checkboxes (zero or more) → string[]. */
export const checkboxes = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((v) => v !== ''))

/** Free text kept exactly as typed (never trimmed inside, never rewritten). */
export function text(options: { required?: string; max?: number } = {}) {
  const max = options.max ?? 5000
  const base = z.string({ message: options.required ?? 'Enter a value' }).max(max, `Must be ${max} characters or fewer`)
  return options.required ? base.refine((v) => v.trim().length > 0, { message: options.required }) : base.optional().transform((v) => v ?? '')
}

/** For re-rendering a date input: the parts as the user typed them. */
export function dateItems(values: Record<string, unknown>, name: string) {
  const part = (p: string) => (typeof values[`${name}-${p}`] === 'string' ? (values[`${name}-${p}`] as string) : '')
  return [
    { name: 'day', classes: 'govuk-input--width-2', value: part('day'), label: 'Day' },
    { name: 'month', classes: 'govuk-input--width-2', value: part('month'), label: 'Month' },
    { name: 'year', classes: 'govuk-input--width-4', value: part('year'), label: 'Year' },
  ]
}

/** Pre-fill a date input from a known date (never ask twice). */
export function dateValues(name: string, date: IsoDate | null | undefined): Record<string, string> {
  if (!date) return {}
  const [y, m, d] = date.split('-')
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y as string }
}
