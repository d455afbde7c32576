import { test } from 'node:test'
import assert from 'node:assert/strict'
import { childFacts, itemsFor } from './record-facts.fixture.ts'
import type { CareLeaverFacts } from './record-facts.ts'

const careLeaver = (overrides: Partial<CareLeaverFacts> = {}) =>
  childFacts({
    dateOfBirth: '2006-01-10',
    careLeaver: {
      supportStartDate: '2024-01-15',
      pathwayPlans: ['2024-08-05', '2024-02-01'],
      personalAdviserContacts: ['2024-03-10', '2024-05-20'],
      moves: ['2024-05-14'],
      ...overrides,
    },
  })

test('a pathway plan is reviewed within 6 months of the plan, then of each review', () => {
  assert.deepEqual(itemsFor(careLeaver(), '2024-09-01', 'pathway'), [
    {
      ruleId: 'pathway-plan-review',
      from: '2024-02-01',
      due: '2024-08-01',
      status: 'met_late',
      done: '2024-08-05',
    },
    { ruleId: 'pathway-plan-review', from: '2024-08-05', due: '2025-02-05', status: 'upcoming' },
  ])
})

test('the personal adviser sees the young person within 2 months of support starting, then every 2 months', () => {
  assert.deepEqual(itemsFor(careLeaver(), '2024-06-01', 'pa-contact'), [
    { ruleId: 'pa-contact', from: '2024-01-15', due: '2024-03-15', status: 'met', done: '2024-03-10' },
    { ruleId: 'pa-contact', from: '2024-03-10', due: '2024-05-10', status: 'met_late', done: '2024-05-20' },
    { ruleId: 'pa-contact', from: '2024-05-20', due: '2024-07-20', status: 'upcoming' },
  ])
})

test('the personal adviser visits within 7 days of a move', () => {
  assert.deepEqual(itemsFor(careLeaver(), '2024-06-01', 'pa-visit'), [
    {
      ruleId: 'pa-visit-after-move',
      from: '2024-05-14',
      due: '2024-05-21',
      status: 'met',
      done: '2024-05-20',
    },
  ])
})

test('nothing falls due after leaving-care support has ended', () => {
  assert.deepEqual(
    itemsFor(careLeaver({ supportEndDate: '2024-06-30' }), '2024-09-01', '').map((i) => [
      i.ruleId,
      i.due,
      i.status,
    ]),
    [
      ['pa-contact', '2024-03-15', 'met'],
      ['pa-contact', '2024-05-10', 'met_late'],
      ['pa-visit-after-move', '2024-05-21', 'met'],
    ],
  )
})
