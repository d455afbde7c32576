// What an indicator is: declared data (name, definition, source, polarity, unit, cohorts,
// breakdowns, benchmark) plus one pure function that, given the record and a reference date,
// returns the items in its numerator and its denominator. Everything else (the value, rates,
// breakdowns, drill-down, suppression) is computed the same way for every indicator.
import type { IsoDate } from '../../../platform/time/dates.ts'
import type { RecordIndex } from './record-index.ts'

export type Polarity = 'higher' | 'lower' | 'contextual'
export type Unit = 'count' | 'percent' | 'rate' | 'days' | 'ratio'
export type IndicatorGroup = 'headline' | 'proxy' | 'practice'

export const BREAKDOWNS = [
  'ward',
  'team',
  'worker',
  'age_band',
  'sex',
  'ethnicity',
  'placement_type',
  'level_of_need',
] as const
export type Breakdown = (typeof BREAKDOWNS)[number]

export const BREAKDOWN_LABELS: Record<Breakdown, string> = {
  ward: 'Ward',
  team: 'Team',
  worker: 'Worker',
  age_band: 'Age band',
  sex: 'Sex',
  ethnicity: 'Ethnicity',
  placement_type: 'Placement type',
  level_of_need: 'Level of need',
}

/** One thing counted: a referral, a plan, a child looked after on a date, a worker's FTE. */
export interface Item {
  /** Stable identity within the indicator, e.g. "referral:12" or "child:7". */
  key: string
  childId: number | null
  /** The date whose circumstances (age, ward, placement, allocation) the breakdowns read. */
  on: IsoDate
  workerId?: number | null
  teamId?: number | null
  /** Contribution to a sum (FTE for workers); 1 when absent. */
  weight?: number
  /** The quantity averaged by `days` indicators (e.g. days from entering care to adoption). */
  measure?: number
}

export interface Counted {
  numerator: Item[]
  /** The denominator's items; for rates the population is the denominator and this is empty. */
  denominator: Item[]
}

export interface Period {
  /** The reference date: stock measures are "on" it; flow measures cover the 12 months ending on it. */
  date: IsoDate
  /** First day of the 12 months ending on `date`. */
  from: IsoDate
}

export interface BenchmarkLink {
  /** Published measure in the DfE benchmark files for the same definition. */
  measure?: string
  /** Published count from which a rate is calculated (and labelled as calculated) when no rate is published. */
  countMeasure?: string
}

export interface Indicator {
  id: string
  name: string
  group: IndicatorGroup
  /** Row in csc-definitions.md §3.1 for the headline indicators. */
  headlineRow?: number
  definition: string
  source: string
  polarity: Polarity
  unit: Unit
  /** Stock: counted on the date. Flow: counted over the 12 months ending on the date. */
  timing: 'stock' | 'flow'
  numeratorCohort: string
  denominatorCohort: string
  breakdowns: Breakdown[]
  benchmark?: BenchmarkLink
  count(record: RecordIndex, period: Period): Counted
}
