// The list of checks calibrationReport runs: what to measure, on which date, the published value
// and how close the simulation must come. Sources are in targets.ts.
import type { IsoDate } from '../../platform/time/dates.ts'
import type { BenchmarkMeasure } from './curves.ts'
import { CLA_AGE_MIX_OCT_2020, CLA_ETHNICITY_OCT_2020, CLA_STOCK, WARD_TARGETS } from './targets.ts'

export type Measure =
  | { kind: 'looked_after' | 'protection' | 'in_need' | 'cin_plans' | 'early_help' | 'disabled' | 'care_leavers' | 'cla_rate' }
  | { kind: 'cla_age_share'; minAge: number; maxAge: number }
  | { kind: 'cla_ethnicity_share'; group: string }
  | { kind: 'starters_under_1'; from: IsoDate }
  | { kind: 'placements'; types: string[]; providers: string[] }
  | { kind: 'foster_share' | 'caseload' | 'agency' }
  | { kind: 'ward_cla_per_thousand' | 'ward_cla_to_cp'; ward: string }
  | { kind: 'yearly'; measure: BenchmarkMeasure; year: number }

export interface CalibrationTarget {
  target: string
  date: IsoDate
  expected: number
  /** Whether the expected value multiplies with --scale (counts do; shares and rates do not). */
  scales: boolean
  tolerance: { kind: 'relative' | 'absolute'; value: number }
  measure: Measure
}

const tenPercent = { kind: 'relative', value: 0.1 } as const
const fifteenPercent = { kind: 'relative', value: 0.15 } as const
const points = (value: number) => ({ kind: 'absolute', value }) as const

const SEPT_2020: IsoDate = '2020-09-30'
const OCT_2020: IsoDate = '2020-10-01'
const NON_RELATIVE_FOSTER = ['U4', 'U5', 'U6']

const STOCK_MEASURES: readonly BenchmarkMeasure[] = ['cla_31_march_count', 'cpp_31_march_count']
const FLOW_MEASURES: readonly BenchmarkMeasure[] = [
  'cla_started_during_year_count', 'cla_ceased_during_year_count', 'referrals_count', 'rereferrals_within_12_months_percent',
  'cpp_second_or_subsequent_percent',
]

export function calibrationTargets(today: IsoDate, published: Map<BenchmarkMeasure, Map<number, number>>): CalibrationTarget[] {
  const targets: CalibrationTarget[] = [
    count('Children in early help (S002 §21)', SEPT_2020, 1867, { kind: 'early_help' }),
    count('Children in need, not CP or CLA (S002 §21)', SEPT_2020, 1868, { kind: 'in_need' }),
    count('Children on CIN plans (S002 §21)', SEPT_2020, 932, { kind: 'cin_plans' }),
    count('Children on CP plans (S002 §21)', SEPT_2020, 603, { kind: 'protection' }),
    count('Children looked after (S002 §21)', SEPT_2020, 689, { kind: 'looked_after' }),
    count('Care leavers aged 18-21 with an adviser (S002 §21)', SEPT_2020, 152, { kind: 'care_leavers' }),
    count('Children with disabilities (S002 §21)', SEPT_2020, 197, { kind: 'disabled' }),
    { target: 'CLA per 10,000 children (S002 §20)', date: OCT_2020, expected: 210.1, scales: false, tolerance: tenPercent, measure: { kind: 'cla_rate' } },
    ...CLA_AGE_MIX_OCT_2020.map((band) => share(`CLA aged ${band.label}, % (S002 §27)`, OCT_2020, band.percent, 3.5, { kind: 'cla_age_share', minAge: band.minAge, maxAge: band.maxAge })),
    ...CLA_ETHNICITY_OCT_2020.map((group) => share(`CLA ${group.label}, % (S002 §27)`, OCT_2020, group.percent, 3, { kind: 'cla_ethnicity_share', group: group.group })),
    share('Starters aged under 1, % Apr 2017-Jun 2020 (S002 §27)', '2020-06-30', 15.1, 4, { kind: 'starters_under_1', from: '2017-04-01' }),
    share('CLA in foster placements, % (S002 §41)', '2020-11-01', 73, 5, { kind: 'foster_share' }),
    count('Placed with parents (S002 §34)', OCT_2020, 81, { kind: 'placements', types: ['P1'], providers: ['PR0'] }, fifteenPercent),
    count('In-house foster placements (S002 §160)', '2020-12-31', 177, { kind: 'placements', types: NON_RELATIVE_FOSTER, providers: ['PR1'] }, fifteenPercent),
    count('IFA foster placements (S002 §160)', '2020-12-31', 154, { kind: 'placements', types: NON_RELATIVE_FOSTER, providers: ['PR4', 'PR5'] }, fifteenPercent),
    count('External residential (S002 §28, page 2)', '2021-12-31', 47, { kind: 'placements', types: ['K2'], providers: ['PR4', 'PR5'] }, fifteenPercent),
    count('In-house foster placements (S002 §34, page 2)', '2022-01-15', 169, { kind: 'placements', types: NON_RELATIVE_FOSTER, providers: ['PR1'] }, fifteenPercent),
    count('IFA foster placements (S002 §34, page 2)', '2022-01-15', 157, { kind: 'placements', types: NON_RELATIVE_FOSTER, providers: ['PR4', 'PR5'] }, fifteenPercent),
    count('In-house residential (S002 §36, page 2)', '2022-01-15', 23, { kind: 'placements', types: ['K2'], providers: ['PR1'] }, { kind: 'relative', value: 0.25 }),
    { target: 'Caseload per FTE social worker (S002 §44, page 2)', date: '2020-12-31', expected: 22.3, scales: false, tolerance: tenPercent, measure: { kind: 'caseload' } },
    { target: 'Caseload per FTE social worker (S002 §44, page 2)', date: '2021-12-31', expected: 16.7, scales: false, tolerance: tenPercent, measure: { kind: 'caseload' } },
    count('Agency social workers (S002 §167, indicator 1)', '2020-06-30', 64, { kind: 'agency' }, fifteenPercent),
    count('Agency social workers (S002 §167, indicator 1)', '2021-06-30', 50, { kind: 'agency' }, fifteenPercent),
    { target: 'North Ormesby CLA per 1,000 children (S002 §27)', date: OCT_2020, expected: round(WARD_TARGETS.northOrmesbyClaPerThousand.value), scales: false, tolerance: { kind: 'relative', value: 0.25 }, measure: { kind: 'ward_cla_per_thousand', ward: 'North Ormesby' } },
    { target: 'North Ormesby CLA per child on a CP plan (S002 §27)', date: OCT_2020, expected: WARD_TARGETS.northOrmesbyClaToCp.value, scales: false, tolerance: { kind: 'relative', value: 0.25 }, measure: { kind: 'ward_cla_to_cp', ward: 'North Ormesby' } },
    { target: 'Brambles & Thorntree CLA per child on a CP plan (S002 §27)', date: OCT_2020, expected: WARD_TARGETS.bramblesClaToCp.value, scales: false, tolerance: { kind: 'relative', value: 0.25 }, measure: { kind: 'ward_cla_to_cp', ward: 'Brambles & Thorntree' } },
  ]
  for (const point of CLA_STOCK) {
    if (!point.source.startsWith('S002') || point.date === SEPT_2020 || point.date > today) continue
    targets.push(count(`Children looked after (${point.source})`, point.date, point.value, { kind: 'looked_after' }))
  }
  for (const measure of [...STOCK_MEASURES, ...FLOW_MEASURES]) {
    for (const [year, value] of [...(published.get(measure) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0])) {
      const first = STOCK_MEASURES.includes(measure) ? 2016 : 2017
      if (year < first || `${year}-03-31` > today) continue
      const percent = measure.endsWith('_percent')
      targets.push({ target: `${measure} (CSV)`, date: `${year}-03-31`, expected: value, scales: !percent, tolerance: fifteenPercent, measure: { kind: 'yearly', measure, year } })
    }
  }
  return targets
}

function count(target: string, date: IsoDate, expected: number, measure: Measure, tolerance: CalibrationTarget['tolerance'] = tenPercent): CalibrationTarget {
  return { target, date, expected, scales: true, tolerance, measure }
}

function share(target: string, date: IsoDate, expected: number, tolerance: number, measure: Measure): CalibrationTarget {
  return { target, date, expected, scales: false, tolerance: points(tolerance), measure }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
