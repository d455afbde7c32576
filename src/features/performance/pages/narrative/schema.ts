import { z } from 'zod'

export const narrativeSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, { message: 'Enter the narrative' })
    .max(1000, { message: 'Narrative must be 1,000 characters or fewer' }),
})

export const settingsSchema = z.object({
  neighbourModel: z.enum(['2021', '2025'], { message: 'Select the statistical neighbour model' }),
  indicatorId: z.string().optional(),
  target: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || Number.isFinite(Number(v)), {
      message: 'Target must be a number',
    }),
})
