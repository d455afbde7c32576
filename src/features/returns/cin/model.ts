// The CIN census as typed records, one per XML element, keeping the raw text of every data item
// so that a wrong date or an unknown code becomes a validation finding, not a parse failure.
// Element names follow the DfE "Children in need census" XML specification (Message, Header,
// Children, Child, ChildIdentifiers, …). Each record keeps the source line of its element and of
// each of its items, for error reports.

export type Field = string | null

/** Source lines of a record's element and of each data item found inside it. */
export interface Lines<K extends string> {
  line: number
  lines: Partial<Record<K, number>>
}

export const HEADER_FIELDS = ['Collection', 'Year', 'ReferenceDate', 'SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'] as const
export type HeaderField = (typeof HEADER_FIELDS)[number]
export type CinHeader = Lines<HeaderField> & Record<HeaderField, Field>

// GenderCurrent (0 not known, 1 male, 2 female, 9 not specified) is the 2023/24 item; from 2024/25
// DfE collects Sex (N00783: M, F, U) instead, as restated by data-to-insight's CIN validator
// (rules/cin2024_25/rule_8750.py). Both are read; the exporter writes the one for the year.
export const IDENTIFIER_FIELDS = ['LAchildID', 'UPN', 'FormerUPN', 'UPNunknown', 'PersonBirthDate', 'ExpectedPersonBirthDate', 'GenderCurrent', 'Sex', 'PersonDeathDate'] as const
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number]
export type ChildIdentifiers = Lines<IdentifierField> & Record<IdentifierField, Field>

export interface Coded {
  value: string
  line: number
}

export const CHARACTERISTIC_FIELDS = ['Ethnicity'] as const
export type CharacteristicField = (typeof CHARACTERISTIC_FIELDS)[number]
export type ChildCharacteristics = Lines<CharacteristicField> &
  Record<CharacteristicField, Field> & {
    /** Null when the <Disabilities> element is absent; an empty list when it is present but empty. */
    disabilities: Coded[] | null
  }

export const ASSESSMENT_FIELDS = ['AssessmentActualStartDate', 'AssessmentInternalReviewDate', 'AssessmentAuthorisationDate'] as const
export type AssessmentField = (typeof ASSESSMENT_FIELDS)[number]
export type Assessment = Lines<AssessmentField> & Record<AssessmentField, Field> & { factors: Coded[] }

export const CIN_PLAN_FIELDS = ['CINPlanStartDate', 'CINPlanEndDate'] as const
export type CinPlanField = (typeof CIN_PLAN_FIELDS)[number]
export type CinPlanDates = Lines<CinPlanField> & Record<CinPlanField, Field>

export const S47_FIELDS = ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired'] as const
export type S47Field = (typeof S47_FIELDS)[number]
export type Section47 = Lines<S47Field> & Record<S47Field, Field>

export const CPP_FIELDS = ['CPPstartDate', 'CPPendDate', 'InitialCategoryOfAbuse', 'LatestCategoryOfAbuse', 'NumberOfPreviousCPP'] as const
export type CppField = (typeof CPP_FIELDS)[number]
export type ChildProtectionPlan = Lines<CppField> & Record<CppField, Field> & { reviews: Coded[] }

export const CIN_DETAILS_FIELDS = ['CINreferralDate', 'ReferralSource', 'PrimaryNeedCode', 'CINclosureDate', 'ReasonForClosure', 'DateOfInitialCPC', 'ReferralNFA'] as const
export type CinDetailsField = (typeof CIN_DETAILS_FIELDS)[number]
export type CinDetails = Lines<CinDetailsField> &
  Record<CinDetailsField, Field> & {
    assessments: Assessment[]
    cinPlanDates: CinPlanDates[]
    section47: Section47[]
    childProtectionPlans: ChildProtectionPlan[]
  }

/** Something in the file's shape that is not in the specification (an unknown or repeated element). */
export interface StructureIssue {
  line: number
  element: string
  problem: 'unknown' | 'repeated' | 'text'
}

export interface CinChild {
  line: number
  identifiers: ChildIdentifiers | null
  characteristics: ChildCharacteristics | null
  cinDetails: CinDetails[]
  structure: StructureIssue[]
}

export interface CinCensus {
  header: CinHeader | null
  children: CinChild[]
  /** Structure issues outside any child (in the header or the message itself). */
  structure: StructureIssue[]
}

export function emptyRecord<K extends string>(fields: readonly K[], line: number): Lines<K> & Record<K, Field> {
  const record = { line, lines: {} } as Lines<K> & Record<K, Field>
  for (const field of fields) (record as Record<K, Field>)[field] = null
  return record
}

/** The child's LA id as reported, for findings ("" when missing). */
export function childId(child: CinChild): string {
  return child.identifiers?.LAchildID ?? ''
}
