import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { contactStage, guardStep, transition } from './workflow.ts'

describe('front door workflow', () => {
  it('starts a contact with no child at "awaiting child"', () => {
    assert.equal(contactStage({ childId: null, decided: false }), 'awaiting_child')
  })
  it('moves to "awaiting decision" when a child is linked', () => {
    assert.equal(transition('awaiting_child', 'child_linked'), 'awaiting_decision')
  })
  it('lets the screener re-link a different child before deciding', () => {
    assert.equal(transition('awaiting_decision', 'child_linked'), 'awaiting_decision')
  })
  it('moves to "decided" when the decision is recorded', () => {
    assert.equal(transition('awaiting_decision', 'decision_recorded'), 'decided')
  })
  it('refuses to decide a contact that has no child', () => {
    assert.throws(() => transition('awaiting_child', 'decision_recorded'), /Cannot decision_recorded/)
  })
  it('refuses to link a child to a decided contact', () => {
    assert.throws(() => transition('decided', 'child_linked'))
  })
  it('sends a deep link to screening back to finding the child first', () => {
    assert.equal(guardStep('screening', 'awaiting_child'), 'find-child')
  })
  it('lets screening open once a child is linked', () => {
    assert.equal(guardStep('screening', 'awaiting_decision'), null)
  })
  it('sends any step of a decided contact back to the queue', () => {
    assert.equal(guardStep('screening', 'decided'), 'queue')
    assert.equal(guardStep('find-child', 'decided'), 'queue')
  })
})
