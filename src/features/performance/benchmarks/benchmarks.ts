// Published benchmarks from the shipped DfE/ONS reference CSVs: England, the region, the
// statistical neighbours (2021 or 2025 model) and the authority's own published figure, its
// rank and quartile, over every published year. A rate DfE did not publish is calculated from
// the published count and the previous June's population, and is labelled as calculated; the
// neighbour average is always a Sightline calculation and says so.
import fs from 'node:fs'
import path from 'node:path'
import { readReferenceCsv, REFERENCE_DIR } from '../../reference/reference-files.ts'
import { AUTHORITY } from '../../reference/sync.ts'
import type { BenchmarkLink, Polarity, Unit } from '../indicators/indicator.ts'
import { mean, rankAndQuartile, type RankAndQuartile } from '../transforms.ts'

export type NeighbourModel = '2021' | '2025'
export const NEIGHBOUR_MODELS: Record<NeighbourModel, string> = {
  '2021': 'DfE statistical neighbours April 2021',
  '2025': 'DfE statistical neighbour model 2025',
}
export const ENGLAND = 'E92000001'

export interface BenchmarkValue {
  value: number
  year: number
  /** True when Sightline calculated it (a rate from a count, or an average); false when published as it stands. */
  calculated: boolean
  source: string
}

export interface Comparison {
  year: number
  authority: BenchmarkValue | null
  england: BenchmarkValue | null
  region: BenchmarkValue | null
  neighbours: BenchmarkValue | null
  neighbourCount: number
  /** Among English LAs when the full file is shipped; never for a count, which measures size. */
  rank: (RankAndQuartile & { among: string }) | null
}

interface Tables {
  values: Map<string, { value: number; source: string }>
  las: Set<string>
  regionCode: string
  regionName: string
  neighbours: Record<NeighbourModel, Array<{ code: string; name: string }>>
  comparisonGroup: string
}

let cached: Tables | undefined

/** The full England file when shipped (national rank), otherwise the authority-and-neighbours subset. */
function tables(): Tables {
  if (cached) return cached
  const full = fs.existsSync(path.join(REFERENCE_DIR, 'csc_benchmarks_england_la.csv'))
  const rows = readReferenceCsv(
    full ? 'csc_benchmarks_england_la.csv' : 'csc_benchmarks_middlesbrough_sn.csv',
  )
  const values = new Map<string, { value: number; source: string }>()
  const las = new Set<string>()
  for (const row of rows) {
    const code = row.la_code ?? ''
    values.set(`${code}|${row.measure}|${row.year}`, { value: Number(row.value), source: row.source ?? '' })
    if (/^E0[6-9]|^E10/.test(code)) las.add(code)
  }
  const lookup = readReferenceCsv('la_lookup_england.csv').find((r) => r.la_code === AUTHORITY.code)
  const sn = readReferenceCsv('statistical_neighbours.csv').filter((r) => r.la_code === AUTHORITY.code)
  const forModel = (model: NeighbourModel) =>
    sn
      .filter((r) => r.model === NEIGHBOUR_MODELS[model])
      .sort((a, b) => Number(a.sn_rank) - Number(b.sn_rank))
      .map((r) => ({ code: r.sn_la_code ?? '', name: r.sn_la_name ?? '' }))
  cached = {
    values,
    las,
    regionCode: lookup?.region_code ?? 'E12000001',
    regionName: lookup?.region_name ?? 'North East',
    neighbours: { '2021': forModel('2021'), '2025': forModel('2025') },
    comparisonGroup: full
      ? 'English local authorities'
      : 'Middlesbrough and its statistical neighbours (both models)',
  }
  return cached
}

export function neighbourList(model: NeighbourModel): Array<{ code: string; name: string }> {
  return tables().neighbours[model]
}

export function regionName(): string {
  return tables().regionName
}

/** One geography's value for a year: the published measure, or a rate calculated from the published count. */
export function benchmarkValue(code: string, link: BenchmarkLink, year: number): BenchmarkValue | null {
  const { values } = tables()
  if (link.measure) {
    const published = values.get(`${code}|${link.measure}|${year}`)
    if (published) return { value: published.value, year, calculated: false, source: published.source }
  }
  if (link.countMeasure && (!link.measure || link.measure.includes('rate'))) {
    const count = values.get(`${code}|${link.countMeasure}|${year}`)
    const population = values.get(`${code}|population_aged_0_17|${year - 1}`)
    if (count && population && population.value > 0) {
      return {
        value: (count.value / population.value) * 10_000,
        year,
        calculated: true,
        source: `${count.source}; ${population.source}`,
      }
    }
  }
  return null
}

/**
 * The published comparison for one year. The rank reads the indicator's polarity (rank 1 is
 * the best, or the lowest for a contextual measure); a plain count is not ranked, because
 * among authorities of different sizes it ranks size, not performance.
 */
export function compare(
  link: BenchmarkLink,
  year: number,
  model: NeighbourModel,
  measure: { polarity: Polarity; unit: Unit },
): Comparison {
  const t = tables()
  const neighbourValues = t.neighbours[model]
    .map((n) => benchmarkValue(n.code, link, year))
    .filter((v): v is BenchmarkValue => v !== null)
  const neighbourMean = mean(neighbourValues.map((v) => v.value))
  const authority = benchmarkValue(AUTHORITY.code, link, year)
  const rank =
    authority && measure.unit !== 'count'
      ? rankAndQuartile(authority.value, laValues(link, year), measure.polarity)
      : null
  return {
    year,
    authority,
    england: benchmarkValue(ENGLAND, link, year),
    region: benchmarkValue(t.regionCode, link, year),
    neighbours:
      neighbourMean === null
        ? null
        : { value: neighbourMean, year, calculated: true, source: NEIGHBOUR_MODELS[model] },
    neighbourCount: neighbourValues.length,
    rank: rank ? { ...rank, among: t.comparisonGroup } : null,
  }
}

/** Every English LA's value for a year (or, without the full file, the authority's and its neighbours'). */
export function laValues(link: BenchmarkLink, year: number): number[] {
  return [...tables().las]
    .map((code) => benchmarkValue(code, link, year)?.value)
    .filter((v): v is number => v !== undefined)
}

/** Published years (oldest first) with at least an England or authority value. */
export function publishedYears(link: BenchmarkLink): number[] {
  const years: number[] = []
  for (let year = 2012; year <= 2030; year++) {
    if (benchmarkValue(ENGLAND, link, year) || benchmarkValue(AUTHORITY.code, link, year)) years.push(year)
  }
  return years
}

/**
 * The years a trajectory can start from (latest first): those with both the authority's own
 * figure and a statistical neighbour average under the model.
 */
export function trajectoryBaselines(
  link: BenchmarkLink,
  model: NeighbourModel,
): Array<{ year: number; authority: BenchmarkValue; neighbours: number }> {
  const rows: Array<{ year: number; authority: BenchmarkValue; neighbours: number }> = []
  for (const year of publishedYears(link)) {
    const authority = benchmarkValue(AUTHORITY.code, link, year)
    const neighbours = mean(
      neighbourList(model)
        .map((n) => benchmarkValue(n.code, link, year)?.value)
        .filter((v): v is number => v !== undefined),
    )
    if (authority && neighbours !== null) rows.push({ year, authority, neighbours })
  }
  return rows.reverse()
}

/** The latest published year at or before `year`. */
export function latestPublishedYear(link: BenchmarkLink, year: number): number | null {
  const years = publishedYears(link).filter((y) => y <= year)
  return years.at(-1) ?? null
}
