import { z } from 'zod'

/** A reason is kept exactly as typed; only its trimmed length is checked. */
export const breakGlassSchema = z.object({
  childId: z
    .string()
    .trim()
    .min(1, 'Enter the child’s Sightline number')
    .pipe(
      z
        .string()
        .regex(/^[1-9]\d{0,9}$/, 'Sightline number must be a number, like 10234')
        .transform(Number)
        .refine((id) => id <= 2_147_483_647, 'Sightline number must be a number, like 10234'),
    ),
  reason: z
    .string()
    .refine((text) => text.trim().length > 0, 'Enter why you need emergency access to this record')
    .refine((text) => text.trim().length === 0 || text.trim().length >= 10, 'Reason must be 10 characters or more')
    .refine((text) => text.length <= 2000, 'Reason must be 2,000 characters or fewer'),
})
export type BreakGlassForm = z.infer<typeof breakGlassSchema>
