import { z } from 'zod'
import { ROLES } from '../../../../platform/auth/principal.ts'

// NCSC password guidance: length over complexity rules; 12 characters is the floor for a temporary one.
export const temporaryPassword = z
  .string()
  .min(12, 'Temporary password must be 12 characters or more')
  .max(200, 'Temporary password must be 200 characters or fewer')

export const roleField = z.enum(ROLES, { message: 'Select the person’s role' })

export const newAccountSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter the person’s full name').max(100, 'Full name must be 100 characters or fewer'),
  username: z
    .string()
    .trim()
    .min(3, 'Username must be 3 characters or more')
    .max(60, 'Username must be 60 characters or fewer')
    .regex(/^[A-Za-z0-9._@-]+$/, 'Username must only include letters, numbers, full stops, hyphens, underscores and @'),
  role: roleField,
  staffId: z
    .string()
    .trim()
    .max(40, 'Staff ID must be 40 characters or fewer')
    .transform((v) => v || undefined),
  password: z.union([z.literal('').transform(() => undefined), temporaryPassword]),
})

export type NewAccountForm = z.infer<typeof newAccountSchema>
