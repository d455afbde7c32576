import { z } from 'zod'

const REASON_MAX = 1000

/** Why an entry recorded in error is being removed. Kept exactly as typed; blank is not a reason. */
export const removeEntrySchema = z.object({
  reason: z
    .string({ message: 'Enter why this entry is being removed' })
    .refine((value) => value.trim().length > 0, { message: 'Enter why this entry is being removed' })
    .refine((value) => value.length <= REASON_MAX, { message: `Why this entry is being removed must be ${REASON_MAX} characters or fewer` }),
})
export type RemoveEntryForm = z.infer<typeof removeEntrySchema>
