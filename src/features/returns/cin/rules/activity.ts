// Rules about what may happen inside an episode once it is closed or was a no-further-action referral.
import type { CinDetails } from '../model.ts'
import { date, defineRule, flag, lineOf, type RuleHit } from './rule.ts'

/** Dates that must not fall after the closure date (DfE rule 8565's list). */
function activityDates(d: CinDetails): Array<{ value: string | null; line: number }> {
  return [
    { value: d.DateOfInitialCPC, line: lineOf(d, 'DateOfInitialCPC') },
    ...d.assessments.flatMap((a) => [
      { value: a.AssessmentActualStartDate, line: lineOf(a, 'AssessmentActualStartDate') },
      { value: a.AssessmentAuthorisationDate, line: lineOf(a, 'AssessmentAuthorisationDate') },
    ]),
    ...d.section47.flatMap((s) => [
      { value: s.S47ActualStartDate, line: lineOf(s, 'S47ActualStartDate') },
      { value: s.DateOfInitialCPC, line: lineOf(s, 'DateOfInitialCPC') },
    ]),
    ...d.childProtectionPlans.map((c) => ({ value: c.CPPendDate, line: lineOf(c, 'CPPendDate') })),
    ...d.cinPlanDates.flatMap((p) => [
      { value: p.CINPlanStartDate, line: lineOf(p, 'CINPlanStartDate') },
      { value: p.CINPlanEndDate, line: lineOf(p, 'CINPlanEndDate') },
    ]),
  ]
}

/** Lines of S47, CP plan, CIN plan modules and a CINdetails ICPC date in an episode. */
function protectionActivity(d: CinDetails): number[] {
  return [
    ...(d.DateOfInitialCPC !== null ? [lineOf(d, 'DateOfInitialCPC')] : []),
    ...d.section47.map((s) => s.line),
    ...d.childProtectionPlans.map((c) => c.line),
    ...d.cinPlanDates.map((p) => p.line),
  ]
}

function* closedWith(details: readonly CinDetails[], reason: string): Iterable<RuleHit> {
  for (const d of details) {
    if (d.ReasonForClosure !== reason) continue
    for (const line of protectionActivity(d)) yield { line }
  }
}

export const activityRules = [
  defineRule({
    code: '8565',
    message: 'Activity shown after a case has been closed',
    fields: ['CINclosureDate', 'DateOfInitialCPC', 'AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'CPPendDate', 'CINPlanStartDate', 'CINPlanEndDate'],
    *child(child) {
      for (const d of child.cinDetails) {
        const closed = date(d.CINclosureDate)
        if (closed === null) continue
        for (const item of activityDates(d)) if ((date(item.value) ?? '') > closed) yield { line: item.line }
      }
    },
  }),
  defineRule({
    code: '2990',
    message: 'Activity is recorded against a case marked as ‘Case closed after assessment, no further action’.',
    fields: ['ReasonForClosure'],
    child: (child) => closedWith(child.cinDetails, 'RC8'),
  }),
  defineRule({
    code: '2991Q',
    message: 'Please check: A Section 47 module is recorded and there is no assessment on the episode',
    fields: ['CINdetails'],
    *child(child) {
      for (const d of child.cinDetails) if (d.assessments.length === 0) for (const s of d.section47) yield { line: s.line }
    },
  }),
  defineRule({
    code: '8831',
    message: 'Activity is recorded against a case marked as a referral with no further action',
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'DateOfInitialCPC'],
    *child(child) {
      for (const d of child.cinDetails) {
        if (flag(d.ReferralNFA) !== true) continue
        if (d.DateOfInitialCPC !== null) yield { line: lineOf(d, 'DateOfInitialCPC') }
        for (const s of d.section47) if (s.S47ActualStartDate !== null) yield { line: lineOf(s, 'S47ActualStartDate') }
        for (const a of d.assessments) if (a.AssessmentActualStartDate !== null || a.AssessmentAuthorisationDate !== null) yield { line: a.line }
      }
    },
  }),
  defineRule({
    code: '8832',
    message: 'Child Protection details provided for a referral with no further action.',
    fields: ['ReferralNFA'],
    *child(child) {
      for (const d of child.cinDetails) if (flag(d.ReferralNFA) === true) for (const p of d.childProtectionPlans) yield { line: p.line }
    },
  }),
  defineRule({
    code: '8867',
    message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
    fields: ['CINclosureDate', 'AssessmentAuthorisationDate'],
    *child(child) {
      for (const d of child.cinDetails) {
        if (d.CINclosureDate === null) continue
        for (const a of d.assessments) if (a.AssessmentAuthorisationDate === null) yield { line: a.line }
      }
    },
  }),
  defineRule({
    code: '8868',
    message: 'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
    fields: ['ICPCnotRequired', 'CINclosureDate', 'DateOfInitialCPC'],
    // Exactly one of the two: an ICPC date, or ICPC not required (as the restatement reads it).
    *child(child) {
      for (const d of child.cinDetails) {
        if (d.CINclosureDate === null) continue
        for (const s of d.section47) if ((s.DateOfInitialCPC !== null) === (flag(s.ICPCnotRequired) === true)) yield { line: s.line }
      }
    },
  }),
  defineRule({
    code: '4000',
    message: 'CIN Plan details provided for a referral with no further action',
    fields: ['ReferralNFA'],
    *child(child) {
      for (const d of child.cinDetails) if (flag(d.ReferralNFA) === true) for (const p of d.cinPlanDates) yield { line: p.line }
    },
  }),
]
