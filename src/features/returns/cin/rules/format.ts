// Local rules for what DfE's schema validation rejects before its numbered rules run: elements
// that are not in the specification, and dates that are not real YYYY-MM-DD dates.
import type { CinChild, Coded } from '../model.ts'
import { defineRule, isRealDate, type RuleHit } from './rule.ts'

function* datesOf(child: CinChild): Iterable<{ field: string; value: string | null; line: number }> {
  const record = <K extends string>(r: { line: number; lines: Partial<Record<K, number>> } & Record<K, string | null>, fields: readonly K[]) =>
    fields.map((field) => ({ field, value: r[field], line: r.lines[field] ?? r.line }))
  const coded = (field: string, list: readonly Coded[]) => list.map((c) => ({ field, value: c.value, line: c.line }))
  const id = child.identifiers
  if (id) yield* record(id, ['PersonBirthDate', 'ExpectedPersonBirthDate', 'PersonDeathDate'] as const)
  for (const d of child.cinDetails) {
    yield* record(d, ['CINreferralDate', 'CINclosureDate', 'DateOfInitialCPC'] as const)
    for (const a of d.assessments) yield* record(a, ['AssessmentActualStartDate', 'AssessmentInternalReviewDate', 'AssessmentAuthorisationDate'] as const)
    for (const p of d.cinPlanDates) yield* record(p, ['CINPlanStartDate', 'CINPlanEndDate'] as const)
    for (const s of d.section47) yield* record(s, ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC'] as const)
    for (const c of d.childProtectionPlans) {
      yield* record(c, ['CPPstartDate', 'CPPendDate'] as const)
      yield* coded('CPPreviewDate', c.reviews)
    }
  }
}

export const formatRules = [
  defineRule({
    code: 'SLC001',
    message: 'Element is not part of the CIN census specification here, or appears more than once',
    fields: ['(structure)'],
    source: 'local',
    *child(child): Iterable<RuleHit> {
      for (const issue of child.structure) yield { line: issue.line, fields: [issue.element] }
    },
  }),
  defineRule({
    code: 'SLC002',
    message: 'Date is not a real date in YYYY-MM-DD form',
    fields: ['(dates)'],
    source: 'local',
    *child(child): Iterable<RuleHit> {
      for (const item of datesOf(child)) if (item.value !== null && !isRealDate(item.value)) yield { line: item.line, fields: [item.field] }
    },
  }),
]
