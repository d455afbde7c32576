import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { availableSteps, CASE_FACTS, guardStep, JOURNEYS, RECORD_STEPS, stepsByJourney, workflowDiagram, type CaseState } from './workflow.ts'

const none = Object.fromEntries(CASE_FACTS.map((fact) => [fact, false])) as CaseState

describe('casework workflow', () => {
  it('offers nothing on a record with no open referral', () => {
    assert.deepEqual(availableSteps(none, 'social_worker'), [])
  })
  it('offers an early help practitioner only a new early help episode on a closed record', () => {
    assert.deepEqual(availableSteps(none, 'early_help_practitioner'), ['early-help'])
    assert.equal(guardStep('early-help', { ...none, openReferral: true }, 'early_help_practitioner').ok, false)
  })
  it('offers an assessment and a strategy discussion once a referral is open', () => {
    const steps = availableSteps({ ...none, openReferral: true }, 'social_worker')
    assert.deepEqual(steps.slice(0, 2), ['assessment', 'strategy-discussion'])
    assert.ok(!steps.includes('cin-plan') && !steps.includes('close-case'))
  })
  it('allows one open assessment at a time', () => {
    assert.equal(guardStep('assessment', { ...none, openReferral: true, openAssessment: true }, 'social_worker').ok, false)
  })
  it('leaves authorisation to team managers', () => {
    const state = { ...none, openReferral: true, openAssessment: true, unauthorisedAssessment: true }
    assert.deepEqual(guardStep('authorise-assessment', state, 'social_worker'), { ok: false, reason: 'role', message: 'Your role cannot record this.' })
    assert.equal(guardStep('authorise-assessment', state, 'team_manager').ok, true)
  })
  it('stops a deep link to a section 47 enquiry without a strategy discussion that decided one', () => {
    const result = guardStep('section-47', { ...none, openReferral: true }, 'social_worker')
    assert.equal(result.ok, false)
  })
  it('moves from section 47 to conference and not back', () => {
    const state = { ...none, openReferral: true, strategyDiscussionForS47: true, s47AwaitingConference: true }
    const steps = availableSteps(state, 'social_worker')
    assert.ok(steps.includes('conference') && !steps.includes('section-47') && !steps.includes('strategy-discussion'))
  })
  it('offers a review conference once a plan is open', () => {
    assert.ok(availableSteps({ ...none, openCpPlan: true }, 'social_worker').includes('cp-review'))
  })
  it('offers a child in need plan only after an authorised assessment, and not beside a child protection plan', () => {
    const referral = { ...none, openReferral: true }
    assert.equal(guardStep('cin-plan', referral, 'social_worker').ok, false)
    assert.equal(guardStep('cin-plan', { ...referral, authorisedAssessment: true }, 'social_worker').ok, true)
    assert.equal(guardStep('cin-plan', { ...referral, authorisedAssessment: true, openCpPlan: true }, 'social_worker').ok, false)
  })
  it('leaves closing a case to team managers', () => {
    assert.equal(guardStep('close-case', { ...none, openReferral: true }, 'social_worker').ok, false)
    assert.equal(guardStep('close-case', { ...none, openReferral: true }, 'team_manager').ok, true)
  })
  it('reviews an early help plan only once the plan is agreed', () => {
    const episode = { ...none, openEarlyHelp: true }
    assert.equal(guardStep('early-help-review', episode, 'early_help_practitioner').ok, false)
    assert.equal(guardStep('early-help-review', { ...episode, earlyHelpPlanAgreed: true }, 'early_help_practitioner').ok, true)
  })
  it('leaves care leaver contacts to personal advisers', () => {
    assert.equal(guardStep('care-leaver-contact', { ...none, careLeaver: true }, 'social_worker').ok, false)
    assert.equal(guardStep('care-leaver-contact', { ...none, careLeaver: true }, 'personal_adviser').ok, true)
  })
  it('groups the steps on offer by journey, in journey order, leaving out journeys with none', () => {
    const steps = availableSteps({ ...none, openReferral: true, authorisedAssessment: true }, 'team_manager')
    assert.deepEqual(stepsByJourney(steps), [
      { journey: 'Front door and assessment', steps: ['assessment'] },
      { journey: 'Early help', steps: ['step-down'] },
      { journey: 'Child in need', steps: ['cin-plan'] },
      { journey: 'Child protection', steps: ['strategy-discussion'] },
      { journey: 'Court', steps: ['plo-meeting', 'care-proceedings'] },
      { journey: 'Looked after', steps: ['become-looked-after'] },
      { journey: 'Closing', steps: ['close-case'] },
    ])
  })
  it('puts every step in one of the journeys the menu shows', () => {
    for (const [id, step] of Object.entries(RECORD_STEPS)) assert.ok((JOURNEYS as readonly string[]).includes(step.journey), id)
  })
  it('renders as a diagram', () => {
    assert.match(workflowDiagram(), /openReferral\(\[openReferral\]\) --> assessment/)
  })
})
