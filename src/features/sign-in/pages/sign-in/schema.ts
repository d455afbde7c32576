import { z } from 'zod'

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
  returnTo: z
    .string()
    .optional()
    .transform((value) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/')),
})
export type SignInForm = z.infer<typeof signInSchema>
