// What can be recorded on a child's record next, as declared data. Each step names the facts it
// needs (and the facts that rule it out) and who may record it; `guardStep` stops a deep link
// into a step whose prerequisites are missing, and `availableSteps` drives the "Record something" page.
import type { Role } from '../../platform/auth/principal.ts'

export const CASE_FACTS = [
  'openReferral',
  'openAssessment',
  'unauthorisedAssessment',
  'strategyDiscussionForS47',
  's47AwaitingConference',
  'openCpPlan',
  // Child in need, early help, court and leaving care (support-state.repository.ts)
  'authorisedAssessment',
  'openCinPlan',
  'openEarlyHelp',
  'earlyHelpPlanAgreed',
  'openPeriodOfCare',
  'careLeaver',
  'openCareProceedings',
  // Looked after (looked-after/looked-after-state.repository.ts)
  'lookedAfter',
  'openMissingEpisode',
  'adoptionInProgress',
  'placedForAdoption',
] as const
export type CaseFact = (typeof CASE_FACTS)[number]
export type CaseState = Record<CaseFact, boolean>

/** The journeys the "Record something" page groups its steps under, in the order it shows them. */
export const JOURNEYS = [
  'Front door and assessment',
  'Early help',
  'Child in need',
  'Child protection',
  'Court',
  'Looked after',
  'Permanence',
  'Leaving care',
  'Closing',
] as const
export type Journey = (typeof JOURNEYS)[number]

export interface RecordStep {
  label: string
  journey: Journey
  requires: readonly CaseFact[]
  forbids: readonly CaseFact[]
  roles: readonly Role[]
  /** Said on the page when the step cannot be used yet. */
  missing: string
}

const PRACTITIONERS: readonly Role[] = ['social_worker', 'team_manager']
const EARLY_HELP: readonly Role[] = ['early_help_practitioner', 'team_manager']

export const RECORD_STEPS = {
  assessment: {
    label: 'Start a single assessment',
    journey: 'Front door and assessment',
    requires: ['openReferral'],
    forbids: ['openAssessment'],
    roles: PRACTITIONERS,
    missing: 'An assessment needs an open referral, and only one assessment can be open at a time.',
  },
  'authorise-assessment': {
    label: 'Authorise the assessment',
    journey: 'Front door and assessment',
    requires: ['unauthorisedAssessment'],
    forbids: [],
    roles: ['team_manager'],
    missing: 'There is no assessment waiting for a manager’s authorisation.',
  },
  'strategy-discussion': {
    label: 'Record a strategy discussion',
    journey: 'Child protection',
    requires: ['openReferral'],
    forbids: ['s47AwaitingConference'],
    roles: PRACTITIONERS,
    missing: 'A strategy discussion needs an open referral.',
  },
  'section-47': {
    label: 'Start a section 47 enquiry',
    journey: 'Child protection',
    requires: ['strategyDiscussionForS47'],
    forbids: ['s47AwaitingConference'],
    roles: PRACTITIONERS,
    missing: 'A section 47 enquiry starts from a strategy discussion that decided one was needed.',
  },
  conference: {
    label: 'Record the initial child protection conference',
    journey: 'Child protection',
    requires: ['s47AwaitingConference'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'An initial conference follows a section 47 enquiry.',
  },
  'cp-review': {
    label: 'Record a child protection review conference',
    journey: 'Child protection',
    requires: ['openCpPlan'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'A review conference needs an open child protection plan.',
  },
  'core-group': {
    label: 'Record a core group meeting',
    journey: 'Child protection',
    requires: ['openCpPlan'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'A core group meeting needs an open child protection plan.',
  },
  'cin-plan': {
    label: 'Start a child in need plan',
    journey: 'Child in need',
    requires: ['openReferral', 'authorisedAssessment'],
    forbids: ['openCinPlan', 'openCpPlan'],
    roles: PRACTITIONERS,
    missing: 'A child in need plan follows an authorised assessment that did not end in no further action, and only one plan can be open at a time. A child on a child protection plan does not also have a child in need plan.',
  },
  'cin-review': {
    label: 'Record a child in need plan review',
    journey: 'Child in need',
    requires: ['openCinPlan'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'A review needs an open child in need plan.',
  },
  'end-cin-plan': {
    label: 'End the child in need plan',
    journey: 'Child in need',
    requires: ['openCinPlan'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'There is no open child in need plan to end.',
  },
  'close-case': {
    label: 'Close the case',
    journey: 'Closing',
    requires: ['openReferral'],
    forbids: [],
    roles: ['team_manager'],
    missing: 'There is no open referral to close.',
  },
  'step-down': {
    label: 'Step down to early help',
    journey: 'Early help',
    requires: ['openReferral'],
    forbids: ['openCpPlan', 'openPeriodOfCare', 'openEarlyHelp'],
    roles: PRACTITIONERS,
    missing: 'Stepping down to early help closes an open referral. It cannot be done while a child protection plan, a period of care or an early help episode is open.',
  },
  'early-help': {
    label: 'Start an early help episode',
    journey: 'Early help',
    requires: [],
    forbids: ['openEarlyHelp', 'openReferral'],
    roles: EARLY_HELP,
    missing: 'Only one early help episode can be open at a time. A child open to children’s social care comes to early help by a step down.',
  },
  'early-help-plan': {
    label: 'Record the early help assessment and family plan',
    journey: 'Early help',
    requires: ['openEarlyHelp'],
    forbids: ['earlyHelpPlanAgreed'],
    roles: EARLY_HELP,
    missing: 'The family plan belongs to an open early help episode that has no plan yet.',
  },
  'early-help-review': {
    label: 'Record an early help review',
    journey: 'Early help',
    requires: ['openEarlyHelp', 'earlyHelpPlanAgreed'],
    forbids: [],
    roles: EARLY_HELP,
    missing: 'An early help review needs an open episode with an agreed family plan.',
  },
  'end-early-help': {
    label: 'End the early help episode',
    journey: 'Early help',
    requires: ['openEarlyHelp'],
    forbids: [],
    roles: EARLY_HELP,
    missing: 'There is no open early help episode to end.',
  },
  'step-up': {
    label: 'Step up to children’s social care',
    journey: 'Early help',
    requires: ['openEarlyHelp'],
    forbids: [],
    roles: EARLY_HELP,
    missing: 'Stepping up ends an open early help episode.',
  },
  'care-leaver-contact': {
    label: 'Record a contact with the care leaver',
    journey: 'Leaving care',
    requires: ['careLeaver'],
    forbids: [],
    roles: ['personal_adviser'],
    missing: 'Contacts are recorded for a young person with a care leaver record.',
  },
  'plo-meeting': {
    label: 'Record a pre-proceedings (PLO) meeting',
    journey: 'Court',
    requires: ['openReferral'],
    forbids: ['openCareProceedings'],
    roles: PRACTITIONERS,
    missing: 'A pre-proceedings meeting needs an open referral and no care proceedings under way.',
  },
  'care-proceedings': {
    label: 'Record that care proceedings were issued',
    journey: 'Court',
    requires: ['openReferral'],
    forbids: ['openCareProceedings'],
    roles: PRACTITIONERS,
    missing: 'Care proceedings need an open referral, and only one set of proceedings can be under way.',
  },
  'proceedings-outcome': {
    label: 'Record the outcome of care proceedings',
    journey: 'Court',
    requires: ['openCareProceedings'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'There are no care proceedings under way.',
  },
  'become-looked-after': {
    label: 'Record that the child became looked after',
    journey: 'Looked after',
    requires: ['openReferral'],
    forbids: ['lookedAfter'],
    roles: PRACTITIONERS,
    missing: 'A child becomes looked after from an open referral, and only one period of care can be open at a time.',
  },
  'placement-change': {
    label: 'Record a change of placement',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'A change of placement needs an open period of care.',
  },
  'legal-status-change': {
    label: 'Record a change of legal status',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'A change of legal status needs an open period of care.',
  },
  'cla-visit': {
    label: 'Record a statutory visit',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'Statutory visits are recorded while the child is looked after.',
  },
  'cla-review': {
    label: 'Record a looked-after review',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: [...PRACTITIONERS, 'iro'],
    missing: 'Looked-after reviews are recorded while the child is looked after.',
  },
  'missing-episode': {
    label: 'Record a missing episode',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: ['openMissingEpisode'],
    roles: PRACTITIONERS,
    missing: 'A missing episode is recorded while the child is looked after, once the child’s return from the last one has been recorded.',
  },
  'missing-return': {
    label: 'Record the child’s return and the return interview',
    journey: 'Looked after',
    requires: ['openMissingEpisode'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'There is no missing episode waiting for the child’s return to be recorded.',
  },
  'adoption-decision': {
    label: 'Record the decision that the child should be placed for adoption',
    journey: 'Permanence',
    requires: ['lookedAfter'],
    forbids: ['adoptionInProgress'],
    roles: PRACTITIONERS,
    missing: 'The agency decision for adoption is recorded for a looked-after child with no adoption plan under way.',
  },
  'adoption-milestones': {
    label: 'Record adoption milestones',
    journey: 'Permanence',
    requires: ['adoptionInProgress'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'Adoption milestones follow the agency decision that the child should be placed for adoption.',
  },
  'adoption-order': {
    label: 'Record the adoption order',
    journey: 'Permanence',
    requires: ['placedForAdoption'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'An adoption order is recorded once the child has been placed for adoption.',
  },
  'leave-care': {
    label: 'Record that the child stopped being looked after',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'There is no open period of care to end.',
  },
  'health-check': {
    label: 'Record a health assessment or dental check',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'Health assessments and dental checks are recorded while the child is looked after.',
  },
  pep: {
    label: 'Record a personal education plan',
    journey: 'Looked after',
    requires: ['lookedAfter'],
    forbids: [],
    roles: PRACTITIONERS,
    missing: 'A personal education plan is recorded while the child is looked after.',
  },
} as const satisfies Record<string, RecordStep>
export type RecordStepId = keyof typeof RECORD_STEPS

export function isRecordStep(value: string): value is RecordStepId {
  return Object.hasOwn(RECORD_STEPS, value)
}

export type GuardResult = { ok: true } | { ok: false; reason: 'role' | 'prerequisites'; message: string }

export function guardStep(step: RecordStepId, state: CaseState, role: Role): GuardResult {
  const rule: RecordStep = RECORD_STEPS[step]
  if (!rule.roles.includes(role)) return { ok: false, reason: 'role', message: 'Your role cannot record this.' }
  const ready = rule.requires.every((fact) => state[fact]) && !rule.forbids.some((fact) => state[fact])
  return ready ? { ok: true } : { ok: false, reason: 'prerequisites', message: rule.missing }
}

export function availableSteps(state: CaseState, role: Role): RecordStepId[] {
  return (Object.keys(RECORD_STEPS) as RecordStepId[]).filter((step) => guardStep(step, state, role).ok)
}

/** Steps grouped by journey, in JOURNEYS order (steps keep their order); journeys with no step are left out. */
export function stepsByJourney(steps: readonly RecordStepId[]): Array<{ journey: Journey; steps: RecordStepId[] }> {
  return JOURNEYS.map((journey) => ({ journey, steps: steps.filter((step) => RECORD_STEPS[step].journey === journey) })).filter((group) => group.steps.length > 0)
}

/** The workflow as a Mermaid diagram (docs and the page gallery render it). */
export function workflowDiagram(): string {
  const lines = ['flowchart TD']
  for (const [id, step] of Object.entries(RECORD_STEPS) as Array<[string, RecordStep]>) {
    for (const fact of step.requires) lines.push(`  ${fact}([${fact}]) --> ${id.replaceAll('-', '_')}[${step.label}]`)
  }
  return lines.join('\n')
}
