// Every figure the simulator is tuned to, with its source. The model reads these as inputs
// (stock curves it steers towards, yearly flows it spreads over months); calibration.ts checks the
// seeded database against the subset marked as calibration targets.
// Sources:
//   S002 §n = /work/shared/seeds/002 (Middlesbrough Overview and Scrutiny Board, 11 May 2022):
//             the sufficiency and permanency review, paragraph n; "§167 table" is its indicator table.
//   S003    = Executive member report to Council, 6 September 2017 (figures as of 24 August 2017).
//   CSV     = reference-data/csc_benchmarks_middlesbrough_sn.csv, la_code E06000002 (DfE CLA and
//             CIN statistics; year = reporting year ending 31 March).
//   model   = an assumption of ours where no published figure exists, chosen to join the published
//             points smoothly. Never checked as a target.
import type { IsoDate } from '../../platform/time/dates.ts'

export interface Anchor {
  date: IsoDate
  value: number
  source: string
}

/** Children looked after (open period of care). */
export const CLA_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 382, source: 'CSV cla_31_march_count 2016' },
  { date: '2017-03-31', value: 442, source: 'CSV cla_31_march_count 2017' },
  { date: '2017-08-24', value: 467, source: 'S003 (24 August 2017)' },
  { date: '2018-03-31', value: 470, source: 'model (CSV has no 2018 figure)' },
  { date: '2019-03-31', value: 518, source: 'CSV cla_31_march_count 2019' },
  { date: '2019-09-30', value: 554, source: 'S002 §21' },
  { date: '2020-03-31', value: 618, source: 'CSV cla_31_march_count 2020' },
  { date: '2020-06-30', value: 670, source: 'S002 §167 table' },
  { date: '2020-08-31', value: 702, source: 'S002 §5, §40 (peak)' },
  { date: '2020-09-30', value: 689, source: 'S002 §20-21' },
  { date: '2020-11-30', value: 654, source: 'S002 §19 (page 2)' },
  { date: '2021-01-31', value: 617, source: 'S002 §40 (page 2)' },
  { date: '2021-03-31', value: 570, source: 'CSV cla_31_march_count 2021' },
  { date: '2021-06-30', value: 545, source: 'S002 §167 table' },
  { date: '2021-07-31', value: 539, source: 'S002 §5 (page 2)' },
  { date: '2021-11-30', value: 526, source: 'S002 §19 (page 2)' },
  { date: '2022-01-31', value: 510, source: 'S002 §19 (page 2)' },
  { date: '2022-03-31', value: 502, source: 'CSV cla_31_march_count 2022' },
  { date: '2023-03-31', value: 509, source: 'CSV cla_31_march_count 2023' },
  { date: '2024-03-31', value: 513, source: 'CSV cla_31_march_count 2024' },
  { date: '2025-03-31', value: 493, source: 'CSV cla_31_march_count 2025' },
]

/** Children on a child protection plan. */
export const CP_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 250, source: 'CSV cpp_31_march_count 2016' },
  { date: '2017-03-31', value: 276, source: 'CSV cpp_31_march_count 2017' },
  { date: '2017-08-24', value: 263, source: 'S003 (24 August 2017)' },
  { date: '2018-03-31', value: 266, source: 'CSV cpp_31_march_count 2018' },
  { date: '2019-03-31', value: 263, source: 'CSV cpp_31_march_count 2019' },
  { date: '2019-09-30', value: 300, source: 'S002 §21' },
  { date: '2020-03-31', value: 379, source: 'CSV cpp_31_march_count 2020' },
  { date: '2020-09-30', value: 603, source: 'S002 §21' },
  { date: '2021-03-31', value: 567, source: 'CSV cpp_31_march_count 2021' },
  { date: '2022-03-31', value: 416, source: 'CSV cpp_31_march_count 2022' },
  { date: '2023-03-31', value: 469, source: 'CSV cpp_31_march_count 2023' },
  { date: '2024-03-31', value: 320, source: 'CSV cpp_31_march_count 2024' },
  { date: '2025-03-31', value: 353, source: 'CSV cpp_31_march_count 2025' },
]

/** Children with an open CIN episode who are neither on a CP plan nor looked after. */
export const CIN_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 1150, source: 'model' },
  { date: '2018-03-31', value: 1100, source: 'model' },
  { date: '2019-09-30', value: 1017, source: 'S002 §21' },
  { date: '2020-03-31', value: 1550, source: 'model (CSV cin_31_march_count 2020 less CP and CLA)' },
  { date: '2020-09-30', value: 1868, source: 'S002 §21' },
  { date: '2021-03-31', value: 1750, source: 'model (CSV cin_31_march_count 2021 less CP and CLA)' },
  { date: '2022-03-31', value: 1500, source: 'model' },
  { date: '2023-03-31', value: 1250, source: 'model' },
  { date: '2024-03-31', value: 1100, source: 'model' },
]

/** Children on a child in need plan. */
export const CIN_PLAN_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 520, source: 'model' },
  { date: '2019-09-30', value: 496, source: 'S002 §21' },
  { date: '2020-09-30', value: 932, source: 'S002 §21' },
  { date: '2021-03-31', value: 880, source: 'model' },
  { date: '2022-03-31', value: 720, source: 'model' },
  { date: '2023-03-31', value: 600, source: 'model' },
  { date: '2024-03-31', value: 560, source: 'model' },
]

/** Children in an open early help episode. */
export const EARLY_HELP_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 950, source: 'model' },
  { date: '2019-09-30', value: 1186, source: 'S002 §21' },
  { date: '2020-09-30', value: 1867, source: 'S002 §21' },
  { date: '2021-09-30', value: 1700, source: 'model' },
  { date: '2022-09-30', value: 1600, source: 'model' },
]

/** Children with disabilities open to the disabled children's team (CIN primary need N2). */
export const DISABLED_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 150, source: 'model' },
  { date: '2019-10-31', value: 164, source: 'S002 §21 (October 2019)' },
  { date: '2020-09-30', value: 197, source: 'S002 §21' },
  { date: '2022-03-31', value: 200, source: 'model' },
]

/** Care leavers aged 18 and over with a personal adviser. */
export const CARE_LEAVER_STOCK: readonly Anchor[] = [
  { date: '2016-03-31', value: 135, source: 'model' },
  { date: '2019-09-30', value: 150, source: 'S002 §21' },
  { date: '2020-09-30', value: 152, source: 'S002 §21' },
  { date: '2023-03-31', value: 165, source: 'model' },
]

/** Open cases per FTE social worker holding cases (DfE workforce census definition). */
export const CASELOAD: readonly Anchor[] = [
  { date: '2016-04-01', value: 18.5, source: 'model' },
  { date: '2019-09-30', value: 19.5, source: 'model' },
  { date: '2020-12-31', value: 22.3, source: 'S002 §44 (page 2)' },
  { date: '2021-12-31', value: 16.7, source: 'S002 §44 (page 2)' },
  { date: '2023-03-31', value: 15.5, source: 'model' },
]

/** Agency social workers in post. */
export const AGENCY_SOCIAL_WORKERS: readonly Anchor[] = [
  { date: '2016-04-01', value: 22, source: 'model (S003: vacancies covered by agency staff)' },
  { date: '2019-06-30', value: 45, source: 'model' },
  { date: '2020-06-30', value: 64, source: 'S002 §167 table, indicator 1' },
  { date: '2021-06-30', value: 50, source: 'S002 §167 table, indicator 1' },
  { date: '2022-03-31', value: 48, source: 'S002 §167 table (target 2021/22)' },
  { date: '2023-03-31', value: 30, source: 'S002 §167 table (target 2022/23)' },
  { date: '2024-03-31', value: 23, source: 'S002 §167 table (target 2023/24)' },
]

/** Approved in-house fostering households. */
export const IN_HOUSE_FOSTER_HOUSEHOLDS: readonly Anchor[] = [
  { date: '2016-04-01', value: 128, source: 'model' },
  { date: '2020-03-31', value: 141, source: 'S002 §51 (2019/20, 267 places)' },
  { date: '2020-09-30', value: 156, source: 'S002 §51 (autumn 2020, 263 places)' },
  { date: '2024-03-31', value: 168, source: 'model' },
]

export const PLACEMENT_CATEGORIES = [
  'inhouse_foster', 'ifa_foster', 'connected', 'with_parents', 'inhouse_residential', 'external_residential',
  'supported', 'adoption', 'other',
] as const
export type PlacementCategory = (typeof PLACEMENT_CATEGORIES)[number]

/**
 * Children by placement category at dates; the model steers towards these shares of its own CLA
 * count. Published points: S002 §57 (in-house 174, Sep 2020), §34 page 1 (PWP 81, Oct 2020),
 * §160 (in-house 177, IFA 154, Dec 2020), §167 table (June 2021: in-house 170, IFA 164, external
 * residential 58, in-house residential 19), §28 page 2 (external residential 47, Dec 2021), §34 and
 * §36 page 2 (Jan 2022: in-house 169, IFA 157, residential 23 in-house and 45 external), §27 page 2
 * (PWP 47, Jan 2022), §167 targets for 2022/23 and 2023/24. S002 §28 page 2 also gives 74 external
 * residential for "June 2021", which the §167 table gives for June 2020; we follow the table.
 * Connected-carer and supported figures are model values that make each date sum to its CLA count.
 */
export const PLACEMENT_MIX: ReadonlyArray<{ date: IsoDate; counts: Record<PlacementCategory, number> }> = [
  { date: '2016-03-31', counts: { inhouse_foster: 130, ifa_foster: 85, connected: 55, with_parents: 40, inhouse_residential: 10, external_residential: 32, supported: 12, adoption: 12, other: 6 } },
  { date: '2019-03-31', counts: { inhouse_foster: 160, ifa_foster: 120, connected: 100, with_parents: 55, inhouse_residential: 9, external_residential: 45, supported: 14, adoption: 12, other: 3 } },
  { date: '2020-10-01', counts: { inhouse_foster: 174, ifa_foster: 158, connected: 173, with_parents: 81, inhouse_residential: 10, external_residential: 62, supported: 16, adoption: 12, other: 3 } },
  { date: '2020-12-31', counts: { inhouse_foster: 177, ifa_foster: 154, connected: 133, with_parents: 68, inhouse_residential: 12, external_residential: 58, supported: 14, adoption: 12, other: 2 } },
  { date: '2021-06-30', counts: { inhouse_foster: 170, ifa_foster: 164, connected: 60, with_parents: 50, inhouse_residential: 19, external_residential: 58, supported: 13, adoption: 10, other: 1 } },
  { date: '2021-12-31', counts: { inhouse_foster: 169, ifa_foster: 157, connected: 45, with_parents: 47, inhouse_residential: 23, external_residential: 47, supported: 13, adoption: 10, other: 1 } },
  { date: '2022-01-31', counts: { inhouse_foster: 169, ifa_foster: 157, connected: 44, with_parents: 47, inhouse_residential: 23, external_residential: 45, supported: 13, adoption: 11, other: 1 } },
  { date: '2023-03-31', counts: { inhouse_foster: 175, ifa_foster: 143, connected: 60, with_parents: 45, inhouse_residential: 22, external_residential: 37, supported: 15, adoption: 11, other: 1 } },
  { date: '2024-03-31', counts: { inhouse_foster: 185, ifa_foster: 121, connected: 75, with_parents: 45, inhouse_residential: 23, external_residential: 35, supported: 16, adoption: 12, other: 1 } },
]

/** Yearly flows not in the CSV (reporting years before DfE's LA-level series starts). */
export const MODEL_FLOWS = {
  claStarted: { 2017: 215, 2018: 205 } as Record<number, number>,
  claCeased: { 2017: 155, 2018: 162 } as Record<number, number>,
  referrals: { 2016: 2415 } as Record<number, number>,
}

/** Age mix of children looked after, October 2020 (S002 §27), as shares. */
export const CLA_AGE_MIX_OCT_2020 = [
  { label: 'under 1', minAge: 0, maxAge: 0, percent: 5.6 },
  { label: '1 to 4', minAge: 1, maxAge: 4, percent: 21.4 },
  { label: '5 to 9', minAge: 5, maxAge: 9, percent: 23.0 },
  { label: '10 to 15', minAge: 10, maxAge: 15, percent: 35.4 },
  { label: '16 and over', minAge: 16, maxAge: 25, percent: 14.5 },
] as const

/** Ethnicity of children looked after, October 2020 (S002 §27). Group = first letter of the CIN code. */
export const CLA_ETHNICITY_OCT_2020 = [
  { label: 'White', group: 'W', percent: 84.9 },
  { label: 'Mixed', group: 'M', percent: 6.1 },
  { label: 'Asian', group: 'A', percent: 2.3 },
  { label: 'Black', group: 'B', percent: 5.0 },
  { label: 'Other', group: 'O', percent: 0.9 },
] as const

/** Ward figures, October 2020 (S002 §27): CLA rate and the CLA to CP ratio. */
export const WARD_TARGETS = {
  northOrmesbyClaPerThousand: { value: 1000 / 15, source: 'S002 §27 ("1 in 15 children are CLA in North Ormesby")' },
  northOrmesbyClaToCp: { value: 3.9, source: 'S002 §27' },
  bramblesClaToCp: { value: 1.3, source: 'S002 §27' },
}

export const SOURCE = {
  seedTable: 'S002 §21 (September 2020 column)',
  ageMix: 'S002 §27',
  startersUnder1: 'S002 §27 ("15.1% of children who become looked after are new-born")',
  fosterShare: 'S002 §41 (November 2020: 73% in foster placements incl. connected persons)',
  withParents: 'S002 §34 (81 placed with parents, October 2020)',
  claRate: 'S002 §20 (210.1 per 10,000, October 2020)',
} as const
