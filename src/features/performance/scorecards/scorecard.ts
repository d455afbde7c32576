// Builds a scorecard: for each indicator, the latest value, target and RAG, direction of travel,
// England / region / neighbour benchmarks with rank and quartile, a 12-point trend, breakdowns
// and the narrative. Pure over a loaded context, so the same context always gives the same bytes.
import { BREAKDOWNS, type Breakdown, type Indicator, type Unit } from '../indicators/indicator.ts'
import { findIndicator } from '../indicators/library.ts'
import {
  compare,
  latestPublishedYear,
  NEIGHBOUR_MODELS,
  regionName,
  type BenchmarkValue,
  type NeighbourModel,
} from '../benchmarks/benchmarks.ts'
import {
  breakdown,
  evaluate,
  figureFrom,
  periodEnding,
  trendDates,
  type BreakdownRow,
  type Figure,
} from '../compute.ts'
import type { PerformanceContext } from '../performance-context.ts'
import {
  directionOf,
  formatValue,
  isSuppressed,
  ragFor,
  reportingYear,
  roundValue,
  type Direction,
  type Rag,
  type RankAndQuartile,
} from '../transforms.ts'
import type { ScorecardDefinition } from './scorecard-definitions.ts'

export const SIGHTLINE_BASIS = 'Calculated by Sightline from the case record'

export interface ShownFigure {
  date: string
  value: number | null
  numerator: number | null
  denominator: number | null
  display: string
  suppressed: boolean
}

export interface ShownBenchmark {
  value: number | null
  display: string
  year: number
  basis: 'published' | 'calculated from published figures'
}

export interface ScorecardRow {
  indicatorId: string
  name: string
  group: Indicator['group']
  unit: Unit
  polarity: Indicator['polarity']
  basis: string
  latest: ShownFigure
  populationYear: number | null
  targetYear: number
  target: number | null
  targetDisplay: string
  rag: Rag
  direction: Direction
  benchmarks: {
    year: number
    authorityPublished: ShownBenchmark | null
    england: ShownBenchmark | null
    region: ShownBenchmark | null
    neighbours: ShownBenchmark | null
    rank: (RankAndQuartile & { among: string }) | null
  } | null
  trend: ShownFigure[]
  narrative: string
  breakdowns: Partial<Record<Breakdown, Array<BreakdownRow & { display: string; suppressed: boolean }>>>
}

export interface Scorecard {
  scorecard: string
  title: string
  audience: string
  asAt: string
  mode: 'recorded' | 'now'
  recordedAt: string | null
  neighbourModel: string
  region: string
  aggregateOnly: boolean
  rows: ScorecardRow[]
}

export function shown(unit: Unit, figure: Figure, suppress: boolean): ShownFigure {
  const suppressed =
    suppress &&
    isSuppressed(figure.numerator, unit === 'rate' || unit === 'count' ? null : figure.denominator)
  if (suppressed)
    return {
      date: figure.date,
      value: null,
      numerator: null,
      denominator: null,
      display: 'Fewer than 5',
      suppressed: true,
    }
  return {
    date: figure.date,
    value: roundValue(unit, figure.value),
    numerator: roundValue('ratio', figure.numerator),
    denominator: figure.denominator === null ? null : roundValue('ratio', figure.denominator),
    display: formatValue(unit, figure.value),
    suppressed: false,
  }
}

function shownBenchmark(unit: Unit, value: BenchmarkValue | null): ShownBenchmark | null {
  if (!value) return null
  return {
    value: roundValue(unit, value.value),
    display: formatValue(unit, value.value),
    year: value.year,
    basis: value.calculated ? 'calculated from published figures' : 'published',
  }
}

export function scorecardRow(
  context: PerformanceContext,
  indicator: Indicator,
  options: { suppress: boolean; breakdowns: boolean; narrative: string },
): ScorecardRow {
  const { asAt, record, populations, settings } = context
  const suppress = options.suppress
  const points = trendDates(asAt.date).map((date) => evaluate(indicator, record, date, populations))
  const latest = points.at(-1) as (typeof points)[number]
  const previous = points.at(-2)?.figure ?? null
  const year = reportingYear(asAt.date)
  const target = settings.targets.get(indicator.id)?.get(year) ?? null
  const tolerance = settings.tolerances.get(indicator.id) ?? 0
  const shownLatest = shown(indicator.unit, latest.figure, suppress)
  const value = shownLatest.suppressed ? null : latest.figure.value

  let benchmarks: ScorecardRow['benchmarks'] = null
  if (indicator.benchmark) {
    const published = latestPublishedYear(indicator.benchmark, year)
    if (published !== null) {
      const c = compare(indicator.benchmark, published, settings.neighbourModel, indicator)
      benchmarks = {
        year: published,
        authorityPublished: shownBenchmark(indicator.unit, c.authority),
        england: shownBenchmark(indicator.unit, c.england),
        region: shownBenchmark(indicator.unit, c.region),
        neighbours: shownBenchmark(indicator.unit, c.neighbours),
        rank: c.rank,
      }
    }
  }

  const breakdowns: ScorecardRow['breakdowns'] = {}
  if (options.breakdowns) {
    for (const by of BREAKDOWNS) {
      if (!indicator.breakdowns.includes(by)) continue
      if (suppress && by === 'worker') continue
      breakdowns[by] = breakdown(indicator, record, latest.counted, by, populations).map((row) => {
        const hide =
          suppress &&
          isSuppressed(
            row.numerator,
            indicator.unit === 'rate' || indicator.unit === 'count' ? null : row.denominator,
          )
        return hide
          ? {
              ...row,
              value: null,
              numerator: 0,
              denominator: null,
              display: 'Fewer than 5',
              suppressed: true,
            }
          : {
              ...row,
              value: roundValue(indicator.unit, row.value),
              display: row.value === null ? String(row.numerator) : formatValue(indicator.unit, row.value),
              suppressed: false,
            }
      })
    }
  }

  return {
    indicatorId: indicator.id,
    name: indicator.name,
    group: indicator.group,
    unit: indicator.unit,
    polarity: indicator.polarity,
    basis: SIGHTLINE_BASIS,
    latest: shownLatest,
    populationYear: latest.figure.populationYear,
    targetYear: year,
    target,
    targetDisplay: target === null ? 'No target' : formatValue(indicator.unit, target),
    rag: ragFor(indicator.polarity, value, target, tolerance),
    direction: directionOf(indicator.polarity, previous?.value ?? null, latest.figure.value, indicator.unit),
    benchmarks,
    trend: points.map((p) => shown(indicator.unit, p.figure, suppress)),
    narrative: options.narrative,
    breakdowns,
  }
}

export function buildScorecard(
  context: PerformanceContext,
  definition: ScorecardDefinition,
  options: { suppress?: boolean; breakdowns?: boolean } = {},
): Scorecard {
  const suppress = options.suppress ?? definition.aggregateOnly
  const rows = definition.indicatorIds
    .map((id) => findIndicator(id))
    .filter((i): i is Indicator => i !== undefined)
    .map((indicator) =>
      scorecardRow(context, indicator, {
        suppress,
        breakdowns: options.breakdowns ?? true,
        narrative: context.settings.narratives.get(indicator.id) ?? '',
      }),
    )
  return {
    scorecard: definition.id,
    title: definition.title,
    audience: definition.audience,
    asAt: context.asAt.date,
    mode: context.asAt.mode,
    recordedAt: context.asAt.recordedAt?.toISOString() ?? null,
    neighbourModel: NEIGHBOUR_MODELS[context.settings.neighbourModel as NeighbourModel],
    region: regionName(),
    aggregateOnly: suppress,
    rows,
  }
}

export { figureFrom, periodEnding }
