// The looked-after steps of the casework workflow (casework/workflow.ts), transition by transition.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  availableSteps,
  CASE_FACTS,
  guardStep,
  RECORD_STEPS,
  type CaseState,
  type RecordStepId,
} from '../casework/workflow.ts'

const none = Object.fromEntries(CASE_FACTS.map((fact) => [fact, false])) as CaseState
const referral = { ...none, openReferral: true }
const lookedAfter = { ...referral, lookedAfter: true }
/** The steps offered on the looked-after and permanence journeys. */
const lookedAfterSteps = (state: CaseState, role: Parameters<typeof availableSteps>[1] = 'social_worker') =>
  availableSteps(state, role).filter((step) =>
    ['Looked after', 'Permanence'].includes(RECORD_STEPS[step].journey),
  )

describe('looked-after workflow', () => {
  it('offers becoming looked after only from an open referral', () => {
    assert.deepEqual(lookedAfterSteps(none), [])
    assert.deepEqual(lookedAfterSteps(referral), ['become-looked-after'])
  })

  it('offers the looked-after steps, and not a second period of care, once the child is looked after', () => {
    assert.deepEqual(lookedAfterSteps(lookedAfter), [
      'placement-change',
      'legal-status-change',
      'cla-visit',
      'cla-review',
      'missing-episode',
      'adoption-decision',
      'leave-care',
      'health-check',
      'pep',
    ])
  })

  it('allows one open missing episode at a time, and its return only while it is open', () => {
    const missing = { ...lookedAfter, openMissingEpisode: true }
    assert.equal(guardStep('missing-episode', missing, 'social_worker').ok, false)
    assert.equal(guardStep('missing-return', missing, 'social_worker').ok, true)
    assert.equal(guardStep('missing-return', lookedAfter, 'social_worker').ok, false)
  })

  it('moves from the adoption decision to milestones, and to the order only once the child is placed', () => {
    const adopting = { ...lookedAfter, adoptionInProgress: true }
    assert.equal(guardStep('adoption-decision', adopting, 'social_worker').ok, false)
    assert.equal(guardStep('adoption-milestones', adopting, 'social_worker').ok, true)
    assert.equal(guardStep('adoption-order', adopting, 'social_worker').ok, false)
    assert.equal(
      guardStep('adoption-order', { ...adopting, placedForAdoption: true }, 'social_worker').ok,
      true,
    )
  })

  it('lets an independent reviewing officer record only the review', () => {
    assert.deepEqual(lookedAfterSteps(lookedAfter, 'iro'), ['cla-review'])
    const refused: RecordStepId = 'placement-change'
    assert.deepEqual(guardStep(refused, lookedAfter, 'iro'), {
      ok: false,
      reason: 'role',
      message: 'Your role cannot record this.',
    })
  })

  it('offers nothing looked-after to a personal adviser', () => {
    assert.deepEqual(
      lookedAfterSteps(
        { ...lookedAfter, openMissingEpisode: true, adoptionInProgress: true },
        'personal_adviser',
      ),
      [],
    )
  })
})
