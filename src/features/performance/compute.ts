// Turns an indicator's counted items into figures: the value on a date, the trend, and each
// breakdown. The same code for every indicator, so a figure and its drill-down always agree.
import { addDays, addMonths, type IsoDate } from '../../platform/time/dates.ts'
import {
  BREAKDOWN_LABELS,
  type Breakdown,
  type Counted,
  type Indicator,
  type Item,
  type Period,
} from './indicators/indicator.ts'
import type { RecordIndex } from './indicators/record-index.ts'
import { authorityPopulation, type Populations } from './population.repository.ts'
import { populationYearFor, valueFor, type Totals } from './transforms.ts'

export interface Figure {
  date: IsoDate
  value: number | null
  numerator: number
  denominator: number | null
  /** ONS mid-year used for a rate, when it is not the one DfE would use (newer not yet published). */
  populationYear: number | null
  population: number | null
}

export function periodEnding(date: IsoDate): Period {
  return { date, from: addDays(addMonths(date, -12), 1) }
}

/** Twelve monthly points ending on the date: the date itself and the last day of each of the 11 months before. */
export function trendDates(date: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [date]
  let monthStart = `${date.slice(0, 7)}-01`
  for (let i = 0; i < 11; i++) {
    dates.unshift(addDays(monthStart, -1))
    monthStart = addMonths(monthStart, -1)
  }
  return dates
}

function totals(counted: Counted): Totals {
  const sum = (items: Item[]) => items.reduce((total, item) => total + (item.weight ?? 1), 0)
  const measures = counted.numerator.map((i) => i.measure).filter((m): m is number => m !== undefined)
  return {
    numerator: sum(counted.numerator),
    denominator: sum(counted.denominator),
    meanMeasure: measures.length > 0 ? measures.reduce((a, b) => a + b, 0) / measures.length : null,
  }
}

export function figureFrom(
  indicator: Indicator,
  counted: Counted,
  date: IsoDate,
  populations: Populations,
  population?: number | null,
): Figure {
  const t = totals(counted)
  let populationYear: number | null = null
  let persons: number | null = population ?? null
  if (indicator.unit === 'rate' && population === undefined) {
    const found = authorityPopulation(populations, populationYearFor(date))
    populationYear = found?.year ?? null
    persons = found?.persons ?? null
  }
  return {
    date,
    value: valueFor(indicator.unit, t, persons),
    numerator: t.numerator,
    denominator: indicator.unit === 'rate' ? persons : indicator.unit === 'count' ? null : t.denominator,
    populationYear,
    population: indicator.unit === 'rate' ? persons : null,
  }
}

export function evaluate(
  indicator: Indicator,
  record: RecordIndex,
  date: IsoDate,
  populations: Populations,
): { figure: Figure; counted: Counted } {
  const counted = indicator.count(record, periodEnding(date))
  return { figure: figureFrom(indicator, counted, date, populations), counted }
}

export interface BreakdownRow {
  key: string
  label: string
  numerator: number
  denominator: number | null
  value: number | null
}

export function breakdownKey(
  record: RecordIndex,
  breakdown: Breakdown,
  item: Item,
  wardNames: Map<string, string>,
): { key: string; label: string } {
  const childId = item.childId
  switch (breakdown) {
    case 'ward': {
      const ward = childId === null ? null : record.wardOn(childId, item.on)
      return ward
        ? { key: ward, label: wardNames.get(ward) ?? ward }
        : { key: 'none', label: 'No ward recorded' }
    }
    case 'team': {
      const team = item.teamId ?? null
      return team === null
        ? { key: 'none', label: 'Not allocated' }
        : { key: String(team), label: record.record.teams.get(team) ?? `Team ${team}` }
    }
    case 'worker': {
      const worker = item.workerId ?? null
      return worker === null
        ? { key: 'none', label: 'Not allocated' }
        : { key: String(worker), label: `Worker ${worker}` }
    }
    case 'age_band': {
      const age = childId === null ? null : record.age(childId, item.on)
      const band =
        age === null
          ? 'Unborn or not known'
          : age < 1
            ? 'Under 1'
            : age < 5
              ? '1 to 4'
              : age < 10
                ? '5 to 9'
                : age < 16
                  ? '10 to 15'
                  : age < 18
                    ? '16 to 17'
                    : '18 and over'
      return { key: band, label: band }
    }
    case 'sex': {
      const sex = childId === null ? 'U' : (record.child(childId)?.sex ?? 'U')
      return { key: sex, label: sex === 'M' ? 'Male' : sex === 'F' ? 'Female' : 'Not known' }
    }
    case 'ethnicity': {
      const code = childId === null ? 'NOBT' : (record.child(childId)?.ethnicity ?? 'NOBT')
      const group = ETHNIC_GROUPS[code.charAt(0)] ?? 'Other ethnic group'
      return {
        key: code === 'REFU' || code === 'NOBT' ? 'Refused or not obtained' : group,
        label: code === 'REFU' || code === 'NOBT' ? 'Refused or not obtained' : group,
      }
    }
    case 'placement_type': {
      const type = childId === null ? undefined : record.placementOn(childId, item.on)?.type
      const label = placementGroup(type)
      return { key: label, label }
    }
    case 'level_of_need': {
      const level = childId === null ? null : record.levelOfNeed(childId, item.on)
      return level === null
        ? { key: 'none', label: 'Not recorded' }
        : { key: String(level), label: `Level ${level}` }
    }
  }
}

const ETHNIC_GROUPS: Record<string, string> = {
  W: 'White',
  M: 'Mixed or multiple ethnic groups',
  A: 'Asian or Asian British',
  B: 'Black, Black British, Caribbean or African',
  C: 'Other ethnic group',
  O: 'Other ethnic group',
}

export function placementGroup(type: string | undefined): string {
  if (!type) return 'No placement'
  if (type.startsWith('U'))
    return ['U1', 'U2', 'U3'].includes(type)
      ? 'Foster care with relatives or friends'
      : 'Foster care with other carers'
  if (type.startsWith('A')) return 'Placed for adoption'
  if (type === 'P1') return 'Placed with parents'
  if (['K1', 'K2', 'R1', 'S1'].includes(type)) return 'Children’s homes and residential settings'
  if (['H5', 'K3', 'P2'].includes(type)) return 'Supported or independent living'
  return 'Other placements'
}

/** One breakdown of an indicator's figure. Rates are per ward population for wards, counts otherwise. */
export function breakdown(
  indicator: Indicator,
  record: RecordIndex,
  counted: Counted,
  by: Breakdown,
  populations: Populations,
): BreakdownRow[] {
  const groups = new Map<string, { label: string; numerator: Item[]; denominator: Item[] }>()
  const add = (item: Item, side: 'numerator' | 'denominator') => {
    const { key, label } = breakdownKey(record, by, item, populations.wardNames)
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { label, numerator: [], denominator: [] }))
    group[side].push(item)
  }
  for (const item of counted.numerator) add(item, 'numerator')
  for (const item of counted.denominator) add(item, 'denominator')
  if (by === 'ward' && indicator.unit === 'rate') {
    for (const [code, name] of populations.wardNames)
      if (!groups.has(code)) groups.set(code, { label: name, numerator: [], denominator: [] })
  }
  return [...groups]
    .map(([key, group]) => {
      const population =
        indicator.unit === 'rate' ? (by === 'ward' ? (populations.wards.get(key) ?? null) : null) : undefined
      const figure = figureFrom(
        indicator,
        { numerator: group.numerator, denominator: group.denominator },
        counted.numerator[0]?.on ?? '',
        populations,
        population,
      )
      return {
        key,
        label: group.label,
        numerator: figure.numerator,
        denominator: indicator.unit === 'rate' ? figure.population : figure.denominator,
        value: figure.value,
      }
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'))
}

export { BREAKDOWN_LABELS }
