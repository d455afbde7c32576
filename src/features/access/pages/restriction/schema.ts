import { z } from 'zod'

const reason = (empty: string) =>
  z
    .string()
    .refine((text) => text.trim().length > 0, empty)
    .refine((text) => text.length <= 2000, 'Reason must be 2,000 characters or fewer')

export const restrictionSchema = z.object({
  action: z.enum(['restrict', 'lift'], { message: 'Choose whether to restrict the record or lift the restriction' }),
  restrictionReason: reason('Enter why the restriction is changing'),
})

export const grantSchema = z.object({
  username: z.string().trim().min(1, 'Enter the username of the person who needs access'),
  grantReason: reason('Enter why this person needs access'),
})

export type RestrictionForm = z.infer<typeof restrictionSchema>
export type GrantForm = z.infer<typeof grantSchema>
