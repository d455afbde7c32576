import { test } from 'node:test'
import assert from 'node:assert/strict'
import { childFacts, itemsFor, periodOfCare } from './record-facts.fixture.ts'
import type { HealthAssessmentFacts } from './record-facts.ts'

test('reviews: the first within 20 working days over Christmas, the second within 3 months, then 6-monthly', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2023-12-08', { reviews: ['2024-04-10', '2024-01-09'] })],
  })
  assert.deepEqual(itemsFor(facts, '2024-04-15', 'cla-review'), [
    { ruleId: 'cla-review-first', from: '2023-12-08', due: '2024-01-10', status: 'met', done: '2024-01-09' },
    {
      ruleId: 'cla-review-second',
      from: '2024-01-09',
      due: '2024-04-09',
      status: 'met_late',
      done: '2024-04-10',
    },
    { ruleId: 'cla-review-next', from: '2024-04-10', due: '2024-10-10', status: 'upcoming' },
  ])
})

test('a first review counted across the 31 March year end and Easter 2024 is due on 10 April', () => {
  const facts = childFacts({ periodsOfCare: [periodOfCare('2024-03-11')] })
  const [first] = itemsFor(facts, '2024-03-28', 'cla-review')
  assert.deepEqual(first, {
    ruleId: 'cla-review-first',
    from: '2024-03-11',
    due: '2024-04-10',
    status: 'upcoming',
  })
})

const health = (date: string, kind: HealthAssessmentFacts['kind'] = 'review'): HealthAssessmentFacts => ({
  date,
  kind,
})

test('the initial health assessment is due by the first review, which here was held a day early', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2023-12-08', { reviews: ['2024-01-09'] })],
    healthAssessments: [health('2024-01-05', 'initial')],
  })
  assert.deepEqual(itemsFor(facts, '2024-01-15', 'health-initial'), [
    { ruleId: 'health-initial', from: '2023-12-08', due: '2024-01-09', status: 'met', done: '2024-01-05' },
  ])
})

test('an initial health assessment done before the child was placed counts for the period', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2023-12-08')],
    healthAssessments: [health('2023-12-06', 'initial')],
  })
  assert.deepEqual(itemsFor(facts, '2024-01-15', 'health-initial'), [
    { ruleId: 'health-initial', from: '2023-12-08', due: '2024-01-10', status: 'met', done: '2023-12-06' },
  ])
})

test('a second period of care needs its own initial health assessment', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2023-01-09', { endDate: '2023-06-30' }), periodOfCare('2024-02-05')],
    healthAssessments: [health('2023-01-20', 'initial')],
  })
  assert.deepEqual(itemsFor(facts, '2024-02-20', 'health'), [
    { ruleId: 'health-initial', from: '2023-01-09', due: '2023-02-06', status: 'met', done: '2023-01-20' },
    { ruleId: 'health-initial', from: '2024-02-05', due: '2024-03-04', status: 'upcoming' },
  ])
})

const youngChild = (lastReview: string) =>
  childFacts({
    dateOfBirth: '2019-06-15',
    periodsOfCare: [periodOfCare('2023-12-08')],
    healthAssessments: [health('2024-01-05', 'initial'), health(lastReview)],
  })

test('a health review the day before the fifth birthday sets a 6-month clock', () => {
  assert.deepEqual(itemsFor(youngChild('2024-06-14'), '2024-07-01', 'health-review'), [
    {
      ruleId: 'health-review-under-5',
      from: '2024-01-05',
      due: '2024-07-05',
      status: 'met',
      done: '2024-06-14',
    },
    { ruleId: 'health-review-under-5', from: '2024-06-14', due: '2024-12-14', status: 'upcoming' },
  ])
})

test('a health review on the fifth birthday sets a 12-month clock', () => {
  assert.deepEqual(itemsFor(youngChild('2024-06-15'), '2024-07-01', 'health-review').slice(-1), [
    { ruleId: 'health-review-5-and-over', from: '2024-06-15', due: '2025-06-15', status: 'upcoming' },
  ])
})

test('a school-age child’s personal education plan is due within 10 working days of entering care', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2023-12-08')],
    personalEducationPlans: ['2023-12-20'],
  })
  assert.deepEqual(itemsFor(facts, '2024-01-15', 'pep'), [
    { ruleId: 'pep-initial', from: '2023-12-08', due: '2023-12-22', status: 'met', done: '2023-12-20' },
  ])
})

test('no personal education plan is due for a child under 5 or aged 16 when care starts', () => {
  for (const dateOfBirth of ['2019-06-15', '2007-12-08']) {
    const facts = childFacts({ dateOfBirth, periodsOfCare: [periodOfCare('2023-12-08')] })
    assert.deepEqual(itemsFor(facts, '2024-01-15', 'pep'), [], dateOfBirth)
  }
})

test('a period of short breaks has no reviews, health assessments or education plan deadlines', () => {
  const facts = childFacts({ periodsOfCare: [periodOfCare('2023-12-08', { shortBreaks: true })] })
  assert.deepEqual(itemsFor(facts, '2024-01-15', ''), [])
})
