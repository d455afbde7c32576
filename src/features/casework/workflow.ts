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
] as const
export type CaseFact = (typeof CASE_FACTS)[number]
export type CaseState = Record<CaseFact, boolean>

export interface RecordStep {
  label: string
  journey: string
  requires: readonly CaseFact[]
  forbids: readonly CaseFact[]
  roles: readonly Role[]
  /** Said on the page when the step cannot be used yet. */
  missing: string
}

const PRACTITIONERS: readonly Role[] = ['social_worker', 'team_manager']

export const RECORD_STEPS = {
  assessment: {
    label: 'Start a single assessment',
    journey: 'Assessment',
    requires: ['openReferral'],
    forbids: ['openAssessment'],
    roles: PRACTITIONERS,
    missing: 'An assessment needs an open referral, and only one assessment can be open at a time.',
  },
  'authorise-assessment': {
    label: 'Authorise the assessment',
    journey: 'Assessment',
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

/** The workflow as a Mermaid diagram (docs and the page gallery render it). */
export function workflowDiagram(): string {
  const lines = ['flowchart TD']
  for (const [id, step] of Object.entries(RECORD_STEPS) as Array<[string, RecordStep]>) {
    for (const fact of step.requires) lines.push(`  ${fact}([${fact}]) --> ${id.replaceAll('-', '_')}[${step.label}]`)
  }
  return lines.join('\n')
}
