// Zod issues → GOV.UK error summary items ({ href: '#field', text }) and a per-field lookup.
import type { z } from 'zod'

export interface FieldError {
  field: string
  href: string
  text: string
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('-') || 'form'
    if (seen.has(field)) continue
    seen.add(field)
    errors.push({ field, href: `#${field}`, text: issue.message })
  }
  return errors
}

/** For templates: `errorFor.username` → { text } or undefined. */
export function errorMap(errors: FieldError[] | undefined): Record<string, { text: string }> {
  return Object.fromEntries((errors ?? []).map((e) => [e.field, { text: e.text }]))
}
