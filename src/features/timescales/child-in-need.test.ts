import { test } from 'node:test'
import assert from 'node:assert/strict'
import { englandAndWalesCalendar } from '../../platform/time/working-days.ts'
import { cinReviewDue } from '../child-in-need/cin-review-timescale.ts'
import { dueItems } from './due-items.ts'
import { childFacts, itemsFor } from './record-facts.fixture.ts'

test('a child in need plan with no review yet: the first review is due 3 months from the start', () => {
  const facts = childFacts({ childInNeedPlans: [{ startDate: '2026-08-24', reviews: [] }] })
  assert.deepEqual(itemsFor(facts, '2026-11-23', 'cin-review'), [
    { ruleId: 'cin-review-first', from: '2026-08-24', due: '2026-11-24', status: 'due_soon' },
  ])
})

test('each review held starts the clock for the next, 3 months on', () => {
  const facts = childFacts({ childInNeedPlans: [{ startDate: '2026-08-24', reviews: ['2026-11-18'] }] })
  assert.deepEqual(itemsFor(facts, '2026-11-23', 'cin-review'), [
    { ruleId: 'cin-review-first', from: '2026-08-24', due: '2026-11-24', status: 'met', done: '2026-11-18' },
    { ruleId: 'cin-review-next', from: '2026-11-18', due: '2027-02-18', status: 'upcoming' },
  ])
})

test('a late review is met late, and the next runs from the day it was held', () => {
  const facts = childFacts({ childInNeedPlans: [{ startDate: '2026-03-02', reviews: ['2026-06-15', '2026-09-10'] }] })
  assert.deepEqual(itemsFor(facts, '2026-11-23', 'cin-review'), [
    { ruleId: 'cin-review-first', from: '2026-03-02', due: '2026-06-02', status: 'met_late', done: '2026-06-15' },
    { ruleId: 'cin-review-next', from: '2026-06-15', due: '2026-09-15', status: 'met', done: '2026-09-10' },
    { ruleId: 'cin-review-next', from: '2026-09-10', due: '2026-12-10', status: 'upcoming' },
  ])
})

test('a review not held by its due date is overdue', () => {
  const facts = childFacts({ childInNeedPlans: [{ startDate: '2026-05-11', reviews: [] }] })
  assert.deepEqual(itemsFor(facts, '2026-11-23', 'cin-review'), [
    { ruleId: 'cin-review-first', from: '2026-05-11', due: '2026-08-11', status: 'overdue' },
  ])
})

test('a plan that ended before its next review was due owes no more reviews', () => {
  const facts = childFacts({ childInNeedPlans: [{ startDate: '2026-08-24', endDate: '2026-11-20', reviews: ['2026-11-18'] }] })
  assert.deepEqual(
    itemsFor(facts, '2026-11-23', 'cin-review').map((i) => [i.ruleId, i.status]),
    [['cin-review-first', 'met']],
  )
})

test('the engine and the review page agree on the due date: both come from cinReviewDue', () => {
  const facts = childFacts({ childInNeedPlans: [{ startDate: '2026-11-30', reviews: [] }] })
  const [item] = dueItems(facts, englandAndWalesCalendar, '2026-12-01').filter((i) => i.ruleId.startsWith('cin-review'))
  assert.equal(item?.dueDate, cinReviewDue('2026-11-30', null))
  assert.equal(item?.dueDate, '2027-02-28')
  assert.equal(item?.label, 'First child in need plan review')
  assert.equal(item?.clock, 'local')
})
