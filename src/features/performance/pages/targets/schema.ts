// The three forms the performance team uses to set what an indicator is judged against: a
// year's target, the RAG tolerance, and a trajectory to the statistical neighbour average.
// Figures are in the indicator's own unit, so a percentage may not exceed 100.
import { z } from 'zod'
import type { Unit } from '../../indicators/indicator.ts'

/** The largest figure the tables hold comfortably (numeric(12, 3)), well beyond any real one. */
const MAX_FIGURE = 999_999
export const MAX_TRAJECTORY_YEARS = 10

const maxFor = (unit: Unit) => (unit === 'percent' ? 100 : MAX_FIGURE)

/** A figure typed by a person: commas allowed, at most 3 decimal places, 0 or more. */
function figure(name: string, max: number) {
  const Name = `${name.charAt(0).toUpperCase()}${name.slice(1)}`
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const text = (raw ?? '').trim().replace(/,/g, '')
      const fail = (message: string) => {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      if (text === '') return fail(`Enter the ${name}`)
      if (!/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return fail(`${Name} must be a number, like 22.5`)
      const value = Number(text)
      if (value < 0) return fail(`${Name} must be 0 or more`)
      if (value > max) return fail(`${Name} must be ${max.toLocaleString('en-GB')} or less`)
      if ((text.split('.')[1] ?? '').length > 3)
        return fail(`${Name} must have no more than 3 decimal places`)
      return value
    })
}

/** A whole number typed by a person, within bounds. */
function wholeNumber(messages: { empty: string; notWhole: string; range: string }, min: number, max: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const text = (raw ?? '').trim()
      const fail = (message: string) => {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      if (text === '') return fail(messages.empty)
      if (!/^\d+$/.test(text)) return fail(messages.notWhole)
      const value = Number(text)
      if (value < min || value > max) return fail(messages.range)
      return value
    })
}

const yearEnding = wholeNumber(
  {
    empty: 'Enter the year the target is for',
    notWhole: 'Year must be a whole number, like 2026',
    range: 'Year must be between 2000 and 2100',
  },
  2000,
  2100,
)

export function targetSchema(unit: Unit) {
  return z.object({ yearEnding, value: figure('target', maxFor(unit)) })
}

export function toleranceSchema(unit: Unit) {
  return z.object({ tolerance: figure('tolerance', maxFor(unit)) })
}

export const trajectorySchema = z.object({
  baselineYear: z
    .string({ message: 'Select the baseline year' })
    .regex(/^\d{4}$/, { message: 'Select the baseline year' })
    .transform(Number),
  years: wholeNumber(
    {
      empty: 'Enter the number of years',
      notWhole: 'Number of years must be a whole number, like 3',
      range: `Number of years must be between 1 and ${MAX_TRAJECTORY_YEARS}`,
    },
    1,
    MAX_TRAJECTORY_YEARS,
  ),
})

export type TargetForm = z.infer<ReturnType<typeof targetSchema>>
export type ToleranceForm = z.infer<ReturnType<typeof toleranceSchema>>
export type TrajectoryForm = z.infer<typeof trajectorySchema>
