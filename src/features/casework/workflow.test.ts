import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { availableSteps, guardStep, workflowDiagram, type CaseState } from './workflow.ts'

const none: CaseState = { openReferral: false, openAssessment: false, unauthorisedAssessment: false, strategyDiscussionForS47: false, s47AwaitingConference: false, openCpPlan: false }

describe('casework workflow', () => {
  it('offers nothing on a record with no open referral', () => {
    assert.deepEqual(availableSteps(none, 'social_worker'), [])
  })
  it('offers an assessment and a strategy discussion once a referral is open', () => {
    assert.deepEqual(availableSteps({ ...none, openReferral: true }, 'social_worker'), ['assessment', 'strategy-discussion'])
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
    assert.deepEqual(availableSteps(state, 'social_worker'), ['assessment', 'conference'])
  })
  it('offers a review conference once a plan is open', () => {
    assert.ok(availableSteps({ ...none, openCpPlan: true }, 'social_worker').includes('cp-review'))
  })
  it('renders as a diagram', () => {
    assert.match(workflowDiagram(), /openReferral\(\[openReferral\]\) --> assessment/)
  })
})
