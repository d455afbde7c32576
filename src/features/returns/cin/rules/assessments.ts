// Assessments rules: dates, completion and the factors identified at assessment.
import { ASSESSMENT_FACTORS } from '../codes.ts'
import type { Assessment, CinChild, CinDetails } from '../model.ts'
import { date, defineRule, lineOf, type RuleHit } from './rule.ts'

function* eachAssessment(child: CinChild, test: (a: Assessment, d: CinDetails) => boolean, line: (a: Assessment) => number): Iterable<RuleHit> {
  for (const d of child.cinDetails) for (const a of d.assessments) if (test(a, d)) yield { line: line(a) }
}

export const assessmentRules = [
  defineRule({
    code: '1103',
    message: 'The assessment start date cannot be before the referral date',
    fields: ['AssessmentActualStartDate', 'CINreferralDate'],
    child: (child) =>
      eachAssessment(child, (a, d) => {
        const started = date(a.AssessmentActualStartDate)
        const referred = date(d.CINreferralDate)
        return started !== null && referred !== null && started < referred
      }, (a) => lineOf(a, 'AssessmentActualStartDate')),
  }),
  defineRule({
    code: '8608',
    message: 'Assessment Start Date cannot be later than its End Date',
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    child: (child) =>
      eachAssessment(child, (a) => {
        const started = date(a.AssessmentActualStartDate)
        const ended = date(a.AssessmentAuthorisationDate)
        return started !== null && ended !== null && started > ended
      }, (a) => lineOf(a, 'AssessmentAuthorisationDate')),
  }),
  defineRule({
    code: '8614',
    message: 'Parental or child factors at assessment should only be present for a completed assessment.',
    fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
    child: (child) => eachAssessment(child, (a) => a.AssessmentAuthorisationDate === null && a.factors.length > 0, (a) => a.factors[0]?.line ?? a.line),
  }),
  defineRule({
    code: '8617',
    message: 'Code 8A has been returned. This code is not a valid code.',
    fields: ['AssessmentFactors'],
    *child(child) {
      for (const d of child.cinDetails) for (const a of d.assessments) for (const f of a.factors) if (f.value === '8A') yield { line: f.line }
    },
  }),
  defineRule({
    code: '8696',
    message: 'Assessment end date must fall within the census year',
    fields: ['AssessmentAuthorisationDate'],
    child: (child, { start, end }) =>
      eachAssessment(child, (a) => {
        const ended = date(a.AssessmentAuthorisationDate)
        return ended !== null && (ended < start || ended > end)
      }, (a) => lineOf(a, 'AssessmentAuthorisationDate')),
  }),
  defineRule({
    code: '8736',
    message: 'For an Assessment that has not been completed, the start date must fall within the census year',
    fields: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'],
    child: (child, { start, end }) =>
      eachAssessment(child, (a) => {
        const started = date(a.AssessmentActualStartDate)
        return a.AssessmentAuthorisationDate === null && started !== null && (started < start || started > end)
      }, (a) => lineOf(a, 'AssessmentActualStartDate')),
  }),
  defineRule({
    code: '8863',
    message: 'An Assessment is shown as starting when there is another Assessment ongoing',
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    // Within one CINdetails, no assessment starts on or after another's start and on or before its
    // authorisation (or the reference date, while it is open).
    child: (child, { end }) =>
      eachAssessment(child, (a, d) => {
        const started = date(a.AssessmentActualStartDate)
        if (started === null) return false
        return d.assessments.some((other) => {
          const otherStart = date(other.AssessmentActualStartDate)
          if (other === a || otherStart === null || started < otherStart) return false
          return started <= (date(other.AssessmentAuthorisationDate) ?? end)
        })
      }, (a) => lineOf(a, 'AssessmentActualStartDate')),
  }),
  defineRule({
    code: '8869',
    message: 'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
    fields: ['AssessmentFactors'],
    child: (child) => eachAssessment(child, (a) => a.factors.some((f) => f.value === '21') && a.factors.length > 1, (a) => a.factors[0]?.line ?? a.line),
  }),
  defineRule({
    code: '8873',
    message: 'When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ must be used.',
    fields: ['ReasonForClosure', 'AssessmentFactors'],
    child: (child) => eachAssessment(child, (a, d) => d.assessments.length === 1 && a.factors.some((f) => f.value === '21') && d.ReasonForClosure !== 'RC8', (a) => a.factors[0]?.line ?? a.line),
  }),
  defineRule({
    code: 'SLC006',
    message: 'Assessment factor code is not in the CIN census Factors table',
    fields: ['AssessmentFactors'],
    source: 'local',
    *child(child) {
      for (const d of child.cinDetails) for (const a of d.assessments) for (const f of a.factors) if (f.value !== '8A' && !ASSESSMENT_FACTORS.includes(f.value)) yield { line: f.line }
    },
  }),
]
