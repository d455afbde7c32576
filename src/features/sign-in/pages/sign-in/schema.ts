import { z } from 'zod'

/** Only a path on this site: not "//host", not "/\host" (browsers read both as another site). */
export function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?![/\\])[^\\\s]*$/.test(value) ? value : '/'
}

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
  returnTo: z.string().optional().transform(safeReturnTo),
})
export type SignInForm = z.infer<typeof signInSchema>
