// The tables of the DfE SSDA903 (children looked after) return in CSV form, with DfE's exact
// column headers in the conventional order, the kind of value each column holds and its code
// list for the year. Source: ssda903-fields.md §1–§12b, §14 (DfE guide and technical
// specification 2023/24 to 2026/27). A file is recognised by its header row.
import * as codes from './codes.ts'

export type TableName =
  | 'Header'
  | 'Episodes'
  | 'Reviews'
  | 'UASC'
  | 'OC2'
  | 'OC3'
  | 'AD1'
  | 'PlacedAdoption'
  | 'PrevPerm'
  | 'Missing'
  | 'SWEpisodes'
  | 'DoLO'

export type FieldKind =
  | 'child'
  | 'date'
  /** DATE_PERM: a date whose unknown parts may be ZZ. */
  | 'partial-date'
  | 'code'
  | 'integer'
  | 'postcode'
  | 'upn'
  | 'urn'
  | 'text'

export interface FieldSpec {
  name: string
  kind: FieldKind
  /** Allowed values for coded fields, for the collection year. */
  codes?: (year: number) => readonly string[]
  description: string
}

export interface TableSpec {
  name: TableName
  description: string
  years: { from: number; to: number }
  /** At most one row per child (DfE: one record per child in these modules). */
  onePerChild: boolean
  fields: readonly FieldSpec[]
  /** File names used by the export and tried first when a header is not recognised. */
  fileName: string
}

/** Tables that predate the years this module validates; loading last year's return may need them. */
const ALL_YEARS = { from: 2000, to: 2027 }
const list = (values: readonly string[]) => () => values

const child: FieldSpec = { name: 'CHILD', kind: 'child', description: "The LA's identifier for the child" }
const dob: FieldSpec = { name: 'DOB', kind: 'date', description: 'Date of birth (must equal the Header)' }

export const TABLES: readonly TableSpec[] = [
  {
    name: 'Header',
    description: 'One row per child in the return',
    years: ALL_YEARS,
    onePerChild: true,
    fileName: 'header.csv',
    fields: [
      child,
      { name: 'SEX', kind: 'code', codes: codes.sexCodes, description: 'Sex' },
      { name: 'DOB', kind: 'date', description: 'Date of birth' },
      { name: 'ETHNIC', kind: 'code', codes: list(codes.ETHNIC), description: 'Ethnic origin' },
      { name: 'UPN', kind: 'upn', description: 'Unique pupil number or UN1–UN5' },
      { name: 'MOTHER', kind: 'code', codes: list(codes.YES_NO), description: 'Is the child a mother' },
      { name: 'MC_DOB', kind: 'date', description: "Date of birth of the mother's first child" },
    ],
  },
  {
    name: 'Episodes',
    description: 'One row per episode of care open at any time in the year',
    years: ALL_YEARS,
    onePerChild: false,
    fileName: 'episodes.csv',
    fields: [
      child,
      { name: 'DECOM', kind: 'date', description: 'Date episode commenced' },
      { name: 'RNE', kind: 'code', codes: list(codes.RNE), description: 'Reason for new episode' },
      { name: 'LS', kind: 'code', codes: list(codes.LEGAL_STATUS), description: 'Legal status' },
      { name: 'CIN', kind: 'code', codes: list(codes.CATEGORY_OF_NEED), description: 'Category of need' },
      { name: 'PLACE', kind: 'code', codes: codes.placementCodes, description: 'Placement type' },
      { name: 'PLACE_PROVIDER', kind: 'code', codes: list(codes.PLACE_PROVIDER), description: 'Placement provider' },
      { name: 'DEC', kind: 'date', description: 'Date episode ceased' },
      { name: 'REC', kind: 'code', codes: list(codes.REC), description: 'Reason episode ceased' },
      { name: 'REASON_PLACE_CHANGE', kind: 'code', codes: list(codes.REASON_PLACE_CHANGE), description: 'Reason for placement change' },
      { name: 'HOME_POST', kind: 'postcode', description: "Postcode of the child's home" },
      { name: 'PL_POST', kind: 'postcode', description: 'Postcode of the placement' },
      { name: 'URN', kind: 'urn', description: 'Ofsted unique reference number' },
    ],
  },
  {
    name: 'Reviews',
    description: 'One row per statutory review held in the year',
    years: ALL_YEARS,
    onePerChild: false,
    fileName: 'reviews.csv',
    fields: [
      child,
      dob,
      { name: 'REVIEW', kind: 'date', description: 'Date of review' },
      { name: 'REVIEW_CODE', kind: 'code', codes: list(codes.REVIEW_CODE), description: 'Participation in review' },
    ],
  },
  {
    name: 'UASC',
    description: 'Unaccompanied asylum-seeking children',
    years: ALL_YEARS,
    onePerChild: true,
    fileName: 'uasc.csv',
    fields: [
      child,
      { name: 'SEX', kind: 'code', codes: codes.sexCodes, description: 'Sex (must equal the Header)' },
      dob,
      { name: 'DUC', kind: 'date', description: 'Date UASC status ceased' },
    ],
  },
  {
    name: 'OC2',
    description: 'Children looked after continuously for 12 months at 31 March',
    years: ALL_YEARS,
    onePerChild: true,
    fileName: 'oc2.csv',
    fields: [
      child,
      dob,
      { name: 'SDQ_SCORE', kind: 'integer', description: 'Strengths and Difficulties Questionnaire total, 0–40' },
      { name: 'SDQ_REASON', kind: 'code', codes: list(codes.SDQ_REASON), description: 'Reason for no SDQ score' },
      ...['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'].map(
        (name): FieldSpec => ({ name, kind: 'code', codes: list(codes.YES_NO), description: '1 yes, 0 no' }),
      ),
    ],
  },
  {
    name: 'OC3',
    description: 'Care leavers whose 17th to 21st birthday falls in the year',
    years: ALL_YEARS,
    onePerChild: true,
    fileName: 'oc3.csv',
    fields: [
      child,
      dob,
      { name: 'IN_TOUCH', kind: 'code', codes: list(codes.IN_TOUCH), description: 'In touch' },
      { name: 'ACTIV', kind: 'code', codes: list(codes.ACTIV), description: 'Main activity' },
      { name: 'ACCOM', kind: 'code', codes: list(codes.ACCOM), description: 'Accommodation and suitability' },
    ],
  },
  {
    name: 'AD1',
    description: 'Children adopted from care in the year',
    years: ALL_YEARS,
    onePerChild: true,
    fileName: 'ad1.csv',
    fields: [
      child,
      dob,
      { name: 'DATE_INT', kind: 'date', description: 'Date of decision that the child should be placed for adoption' },
      { name: 'DATE_MATCH', kind: 'date', description: 'Date matched with adopters' },
      { name: 'FOSTER_CARE', kind: 'code', codes: list(codes.YES_NO), description: 'Adopted by former foster carers' },
      { name: 'NB_ADOPTR', kind: 'code', codes: list(codes.NB_ADOPTR), description: 'Number of adopters' },
      { name: 'SEX_ADOPTR', kind: 'code', codes: list(codes.SEX_ADOPTR), description: 'Sex of adopters' },
      { name: 'LS_ADOPTR', kind: 'code', codes: list(codes.LS_ADOPTR), description: 'Legal status of adopters' },
    ],
  },
  {
    name: 'PlacedAdoption',
    description: 'Decisions that the child should be placed for adoption',
    years: ALL_YEARS,
    onePerChild: false,
    fileName: 'placed_for_adoption.csv',
    fields: [
      child,
      dob,
      { name: 'DATE_PLACED', kind: 'date', description: 'Date of decision that the child should be placed for adoption' },
      { name: 'DATE_PLACED_CEASED', kind: 'date', description: 'Date of decision that the child should no longer be placed' },
      { name: 'REASON_PLACED_CEASED', kind: 'code', codes: list(codes.REASON_PLACED_CEASED), description: 'Reason the decision was reversed' },
    ],
  },
  {
    name: 'PrevPerm',
    description: 'Previous permanence, for children who started a period of care in the year',
    years: ALL_YEARS,
    onePerChild: true,
    fileName: 'prev_perm.csv',
    fields: [
      child,
      dob,
      { name: 'PREV_PERM', kind: 'code', codes: list(codes.PREV_PERM), description: 'Previous permanence option' },
      { name: 'LA_PERM', kind: 'code', codes: list(codes.LA_PERM), description: 'LA that arranged it' },
      { name: 'DATE_PERM', kind: 'partial-date', description: 'Date of the order (unknown parts as ZZ)' },
    ],
  },
  {
    name: 'Missing',
    description: 'Periods missing from care or away from placement without authorisation',
    years: ALL_YEARS,
    onePerChild: false,
    fileName: 'missing.csv',
    fields: [
      child,
      dob,
      { name: 'MISSING', kind: 'code', codes: list(codes.MISSING_TYPE), description: 'M missing, A away without authorisation' },
      { name: 'MIS_START', kind: 'date', description: 'Start' },
      { name: 'MIS_END', kind: 'date', description: 'End' },
    ],
  },
  {
    name: 'SWEpisodes',
    description: 'Social worker episodes (from 2023/24)',
    years: { from: 2024, to: 2027 },
    onePerChild: false,
    fileName: 'sw_episodes.csv',
    fields: [
      child,
      dob,
      { name: 'SW_ID', kind: 'text', description: "Social worker's identifier (begins SW or XX)" },
      { name: 'SW_DECOM', kind: 'date', description: 'Start' },
      { name: 'SW_DEC', kind: 'date', description: 'End' },
      { name: 'SW_REASON', kind: 'code', codes: list(codes.SW_REASON), description: 'Reason for change of social worker' },
    ],
  },
  {
    name: 'DoLO',
    description: 'Deprivation of liberty orders (from 2026/27)',
    years: { from: 2027, to: 2027 },
    onePerChild: false,
    fileName: 'dolo.csv',
    fields: [child, dob, { name: 'DOLO_START', kind: 'date', description: 'Start' }, { name: 'DOLO_END', kind: 'date', description: 'End' }],
  },
]

const BY_NAME = new Map(TABLES.map((table) => [table.name, table]))

export function tableSpec(name: TableName): TableSpec {
  return BY_NAME.get(name) as TableSpec
}

export function tablesForYear(year: number): TableSpec[] {
  return TABLES.filter((table) => table.years.from <= year && year <= table.years.to)
}

export function columnsOf(name: TableName): string[] {
  return tableSpec(name).fields.map((field) => field.name)
}
