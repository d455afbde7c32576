// Builders for census records, used by the exporter and by tests. Lines are 0: these records
// were not read from a file.
import {
  ASSESSMENT_FIELDS,
  CHARACTERISTIC_FIELDS,
  CIN_DETAILS_FIELDS,
  CIN_PLAN_FIELDS,
  CPP_FIELDS,
  IDENTIFIER_FIELDS,
  S47_FIELDS,
  emptyRecord,
  type Assessment,
  type ChildProtectionPlan,
  type CinChild,
  type CinDetails,
  type CinPlanDates,
  type Field,
  type Section47,
} from './model.ts'

export type Values<K extends string> = Partial<Record<K, Field>>

function fill<K extends string, R extends Record<K, Field>>(record: R, values: Values<K>): R {
  return Object.assign(record, values)
}

export function child(year: number, id: Values<(typeof IDENTIFIER_FIELDS)[number]>, ethnicity: string, disabilities: string[], details: CinDetails[]): CinChild {
  const sex = id.Sex ?? 'M'
  const gender = { M: '1', F: '2', U: '0' }[sex] ?? '0'
  const identifiers = fill(emptyRecord(IDENTIFIER_FIELDS, 0), { ...id, GenderCurrent: year <= 2024 ? gender : null, Sex: year <= 2024 ? null : sex })
  const characteristics = { ...fill(emptyRecord(CHARACTERISTIC_FIELDS, 0), { Ethnicity: ethnicity }), disabilities: disabilities.map((value) => ({ value, line: 0 })) }
  return { line: 0, identifiers, characteristics, cinDetails: details, structure: [] }
}

export function details(values: Values<(typeof CIN_DETAILS_FIELDS)[number]>, parts: Partial<Pick<CinDetails, 'assessments' | 'cinPlanDates' | 'section47' | 'childProtectionPlans'>> = {}): CinDetails {
  return { ...fill(emptyRecord(CIN_DETAILS_FIELDS, 0), values), assessments: [], cinPlanDates: [], section47: [], childProtectionPlans: [], ...parts }
}

export function assessment(values: Values<(typeof ASSESSMENT_FIELDS)[number]>, factors: string[] = []): Assessment {
  return { ...fill(emptyRecord(ASSESSMENT_FIELDS, 0), values), factors: factors.map((value) => ({ value, line: 0 })) }
}

export function cinPlan(values: Values<(typeof CIN_PLAN_FIELDS)[number]>): CinPlanDates {
  return fill(emptyRecord(CIN_PLAN_FIELDS, 0), values)
}

export function s47(values: Values<(typeof S47_FIELDS)[number]>): Section47 {
  return fill(emptyRecord(S47_FIELDS, 0), values)
}

export function cpPlan(values: Values<(typeof CPP_FIELDS)[number]>, reviews: string[] = []): ChildProtectionPlan {
  return { ...fill(emptyRecord(CPP_FIELDS, 0), values), reviews: reviews.map((value) => ({ value, line: 0 })) }
}

