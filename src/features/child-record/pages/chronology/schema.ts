import { z } from 'zod'
import { CHRONOLOGY_KINDS, type ChronologyKind } from '../../child-record.service.ts'

const isKind = (value: string): value is ChronologyKind => Object.hasOwn(CHRONOLOGY_KINDS, value)

/** The chronology filter (a GET form): zero or more event kinds; unknown kinds are an error. */
export const chronologyFilterSchema = z.object({
  kind: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .refine((list) => list.every(isKind), { message: 'Select a type of event from the list' })
    .transform((list) => list.filter(isKind)),
})
export type ChronologyFilter = z.infer<typeof chronologyFilterSchema>
