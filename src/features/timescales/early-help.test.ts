import { test } from 'node:test'
import assert from 'node:assert/strict'
import { childFacts, itemsFor } from './record-facts.fixture.ts'

test('early help started before Christmas: assessment in 10 working days, plan in 15, reviews at 6 weeks then 3-monthly', () => {
  const facts = childFacts({
    earlyHelpEpisodes: [
      {
        startDate: '2024-12-16',
        assessmentDate: '2025-01-03',
        planDate: '2025-01-08',
        reviews: ['2025-02-19'],
      },
    ],
  })
  assert.deepEqual(itemsFor(facts, '2025-03-01', 'early-help'), [
    {
      ruleId: 'early-help-assessment',
      from: '2024-12-16',
      due: '2025-01-02',
      status: 'met_late',
      done: '2025-01-03',
    },
    { ruleId: 'early-help-plan', from: '2024-12-16', due: '2025-01-09', status: 'met', done: '2025-01-08' },
    {
      ruleId: 'early-help-review-first',
      from: '2025-01-08',
      due: '2025-03-05',
      status: 'met',
      done: '2025-02-19',
    },
    { ruleId: 'early-help-review-next', from: '2025-02-19', due: '2025-04-16', status: 'upcoming' },
  ])
})

test('an early help episode without a plan has no reviews due', () => {
  const facts = childFacts({ earlyHelpEpisodes: [{ startDate: '2024-06-03', reviews: [] }] })
  assert.deepEqual(itemsFor(facts, '2024-06-05', 'early-help-review'), [])
})

test('an early help episode closed within a week owed no assessment or plan', () => {
  const facts = childFacts({
    earlyHelpEpisodes: [{ startDate: '2024-06-03', endDate: '2024-06-10', reviews: [] }],
  })
  assert.deepEqual(itemsFor(facts, '2024-07-01', 'early-help'), [])
})
