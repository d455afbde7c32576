// Pure transforms behind every figure: rates, values, RAG, direction of travel, trajectories,
// rank and quartile, small-number suppression. Each is unit tested (transforms.test.ts).
import { suppressSmallNumbers } from '../../platform/access/small-numbers.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { Polarity, Unit } from './indicators/indicator.ts'

export type Rag = 'green' | 'amber' | 'red' | 'not_rated'
export type Direction = 'improving' | 'worsening' | 'no_change' | 'up' | 'down' | 'not_known'

/** Count per 10,000 of a population. */
export function ratePer10000(count: number, population: number): number | null {
  if (!(population > 0)) return null
  return (count / population) * 10_000
}

/**
 * The ONS mid-year (30 June) estimate DfE would use for a figure on this date: the previous
 * June's. For the year ending 31 March Y that is mid-(Y-1); for 30 November Y it is mid-Y.
 */
export function populationYearFor(date: IsoDate): number {
  const year = Number(date.slice(0, 4))
  return date.slice(5) >= '06-30' ? year : year - 1
}

/** The year ending 31 March that a date falls in (1 April 2025 to 31 March 2026 → 2026). */
export function reportingYear(date: IsoDate): number {
  const year = Number(date.slice(0, 4))
  return date.slice(5) >= '04-01' ? year + 1 : year
}

export interface Totals {
  numerator: number
  denominator: number
  /** Mean of the item measures (days indicators). */
  meanMeasure: number | null
}

export function valueFor(unit: Unit, totals: Totals, population: number | null): number | null {
  switch (unit) {
    case 'count':
      return totals.numerator
    case 'percent':
      return totals.denominator > 0 ? (100 * totals.numerator) / totals.denominator : null
    case 'ratio':
      return totals.denominator > 0 ? totals.numerator / totals.denominator : null
    case 'rate':
      return population === null ? null : ratePer10000(totals.numerator, population)
    case 'days':
      return totals.meanMeasure
  }
}

/** Rounded for display and for files: 1 dp for %, rates and ratios, whole days and counts. */
export function roundValue(unit: Unit, value: number | null): number | null {
  if (value === null) return null
  const places = unit === 'count' || unit === 'days' ? 0 : unit === 'ratio' ? 2 : 1
  const factor = 10 ** places
  return Math.round(value * factor) / factor
}

export function formatValue(unit: Unit, value: number | null): string {
  const rounded = roundValue(unit, value)
  if (rounded === null) return 'No data'
  switch (unit) {
    case 'percent':
      return `${rounded.toFixed(1)}%`
    case 'rate':
      return rounded.toFixed(1)
    case 'ratio':
      return rounded.toFixed(2)
    case 'days':
      return `${rounded.toLocaleString('en-GB')} days`
    case 'count':
      return rounded.toLocaleString('en-GB')
  }
}

/**
 * RAG from polarity: green when the value meets the target, amber when it misses by no more
 * than the tolerance, red beyond it. Contextual indicators, and anything without a target or a
 * value, are not rated.
 */
export function ragFor(
  polarity: Polarity,
  value: number | null,
  target: number | null,
  tolerance: number,
): Rag {
  if (polarity === 'contextual' || value === null || target === null) return 'not_rated'
  const shortfall = polarity === 'higher' ? target - value : value - target
  if (shortfall <= 0) return 'green'
  return shortfall <= tolerance ? 'amber' : 'red'
}

/** Direction of travel between two values, read through the polarity. */
export function directionOf(
  polarity: Polarity,
  previous: number | null,
  latest: number | null,
  unit: Unit,
): Direction {
  if (previous === null || latest === null) return 'not_known'
  const a = roundValue(unit, previous) ?? previous
  const b = roundValue(unit, latest) ?? latest
  if (a === b) return 'no_change'
  if (polarity === 'contextual') return b > a ? 'up' : 'down'
  return b > a === (polarity === 'higher') ? 'improving' : 'worsening'
}

export const DIRECTION_LABELS: Record<Direction, string> = {
  improving: 'Improving',
  worsening: 'Getting worse',
  no_change: 'No change',
  up: 'Up',
  down: 'Down',
  not_known: 'Not known',
}

export const RAG_LABELS: Record<Rag, string> = {
  green: 'On target',
  amber: 'Near target',
  red: 'Off target',
  not_rated: 'Not rated',
}

/**
 * A straight-line trajectory from a baseline to a goal over `years` steps, e.g. "reach the
 * statistical neighbour average in three years": the target for each following year.
 */
export function linearTrajectory(baseline: number, goal: number, years: number): number[] {
  if (!Number.isInteger(years) || years < 1) throw new RangeError('A trajectory needs at least one year')
  return Array.from({ length: years }, (_, i) => baseline + ((goal - baseline) * (i + 1)) / years)
}

export type Quartile = 1 | 2 | 3 | 4

export interface RankAndQuartile {
  rank: number
  of: number
  /** 1 is the quarter holding rank 1: the best quarter, or the lowest for a contextual measure. */
  quartile: Quartile
  /** Which end rank 1 is: the lowest value unless higher is better. */
  firstIs: 'lowest' | 'highest'
}

/**
 * Rank and quartile of `value` among `values` (which include it), read through the polarity:
 * rank 1 is the best (the lowest value when lower is better, the highest when higher is
 * better; the lowest for a contextual measure, where neither is better). Ties share the better
 * rank, so two authorities level at second are both 2nd and the next is 4th. The quartile is the
 * quarter of the ranking the rank falls in: rank r of n is in quartile ceil(4r / n).
 */
export function rankAndQuartile(
  value: number,
  values: readonly number[],
  polarity: Polarity,
): RankAndQuartile | null {
  if (values.length === 0) return null
  const firstIs = polarity === 'higher' ? 'highest' : 'lowest'
  const ahead = firstIs === 'highest' ? (v: number) => v > value : (v: number) => v < value
  const rank = values.filter(ahead).length + 1
  const of = values.length
  const quartile = Math.min(4, Math.max(1, Math.ceil((rank * 4) / of))) as Quartile
  return { rank, of, quartile, firstIs }
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length
}

/**
 * Small-number suppression for elected members and aggregate audiences, by the shared rule
 * (src/platform/access/small-numbers.ts: a count under 5 is withheld): a count of 1 to 4, or a
 * percentage, rate or ratio built on one, is withheld. A zero is shown; it identifies no one.
 */
export function isSuppressed(numerator: number, denominator: number | null): boolean {
  const small = (n: number) => n > 0 && suppressSmallNumbers(n).suppressed
  return small(numerator) || (denominator !== null && small(denominator))
}
