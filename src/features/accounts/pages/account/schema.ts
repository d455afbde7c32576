import { z } from 'zod'
import { roleField, temporaryPassword } from '../new-account/schema.ts'

export const roleSchema = z.object({ role: roleField })

export const statusSchema = z.object({ status: z.enum(['disable', 'enable'], { message: 'Choose whether to disable or enable the account' }) })

export const passwordSchema = z
  .object({ password: temporaryPassword, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { message: 'The passwords do not match', path: ['confirmPassword'] })
