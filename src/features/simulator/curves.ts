// Turns the targets into what the model steers by: a value on any date (straight lines between
// published points, flat beyond them) and yearly flows from the DfE benchmark file.
import { daysBetween, type IsoDate } from '../../platform/time/dates.ts'
import { readReferenceCsv } from '../reference/reference-files.ts'
import { AUTHORITY } from '../reference/sync.ts'
import { MODEL_FLOWS, PLACEMENT_CATEGORIES, PLACEMENT_MIX, type Anchor, type PlacementCategory } from './targets.ts'

export function valueOn(series: readonly Anchor[], date: IsoDate): number {
  const first = series[0]
  if (!first) throw new RangeError('A series needs at least one point')
  if (date <= first.date) return first.value
  for (let i = 1; i < series.length; i++) {
    const b = series[i] as Anchor
    if (date <= b.date) {
      const a = series[i - 1] as Anchor
      const t = daysBetween(a.date, date) / daysBetween(a.date, b.date)
      return a.value + (b.value - a.value) * t
    }
  }
  return (series[series.length - 1] as Anchor).value
}

/** Shares of each placement category on a date (sum to 1). */
export function placementShares(date: IsoDate): Record<PlacementCategory, number> {
  const shares = {} as Record<PlacementCategory, number>
  let total = 0
  for (const category of PLACEMENT_CATEGORIES) {
    const value = valueOn(
      PLACEMENT_MIX.map((point) => ({ date: point.date, value: point.counts[category], source: '' })),
      date,
    )
    shares[category] = value
    total += value
  }
  for (const category of PLACEMENT_CATEGORIES) shares[category] /= total
  return shares
}

export const BENCHMARK_MEASURES = [
  'cla_31_march_count',
  'cla_started_during_year_count',
  'cla_ceased_during_year_count',
  'referrals_count',
  'rereferrals_within_12_months_percent',
  'cpp_31_march_count',
  'cpp_started_during_year_count',
  'cpp_second_or_subsequent_percent',
] as const
export type BenchmarkMeasure = (typeof BENCHMARK_MEASURES)[number]

let benchmarkCache: Map<BenchmarkMeasure, Map<number, number>> | undefined

/** The authority's published yearly figures, by measure and reporting year. */
export function benchmarks(): Map<BenchmarkMeasure, Map<number, number>> {
  if (benchmarkCache) return benchmarkCache
  const result = new Map<BenchmarkMeasure, Map<number, number>>(BENCHMARK_MEASURES.map((m) => [m, new Map()]))
  for (const row of readReferenceCsv('csc_benchmarks_middlesbrough_sn.csv')) {
    if (row.la_code !== AUTHORITY.code) continue
    const byYear = result.get(row.measure as BenchmarkMeasure)
    if (byYear) byYear.set(Number(row.year), Number(row.value))
  }
  benchmarkCache = result
  return result
}

/** A yearly figure, carrying the last published year forward (and earlier model values back). */
export function yearlyFlow(measure: BenchmarkMeasure, year: number): number {
  const byYear = benchmarks().get(measure) ?? new Map<number, number>()
  const published = byYear.get(year)
  if (published !== undefined) return published
  const model =
    measure === 'cla_started_during_year_count'
      ? MODEL_FLOWS.claStarted[year]
      : measure === 'cla_ceased_during_year_count'
        ? MODEL_FLOWS.claCeased[year]
        : measure === 'referrals_count'
          ? MODEL_FLOWS.referrals[year]
          : undefined
  if (model !== undefined) return model
  const years = [...byYear.keys()].sort((a, b) => a - b)
  if (years.length === 0) throw new RangeError(`No published figures for ${measure}`)
  const nearest = year < (years[0] as number) ? (years[0] as number) : (years[years.length - 1] as number)
  return byYear.get(nearest) as number
}

/**
 * Spreads a year's starts over its months so the stock can follow its curve without exits going
 * below a floor: each month gets what it needs to climb plus a share of the rest of the budget.
 * `targetAt(i)` is the stock target at the end of month i; `floorExits(i)` the least exits expected.
 */
export function planStarts(
  budget: number,
  months: number,
  startStock: number,
  targetAt: (i: number) => number,
  floorExits: (i: number) => number,
): number[] {
  const need: number[] = []
  let previous = startStock
  for (let i = 0; i < months; i++) {
    const target = targetAt(i)
    need.push(Math.max(0, target - previous + floorExits(i)))
    previous = target
  }
  const needed = need.reduce((a, b) => a + b, 0)
  // When the curve needs more than the budget the curve wins: stocks are checked at more dates.
  const spare = Math.max(0, budget - needed)
  return need.map((n) => n + spare / months)
}
