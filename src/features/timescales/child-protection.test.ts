import { test } from 'node:test'
import assert from 'node:assert/strict'
import { englandAndWalesCalendar as calendar } from '../../platform/time/working-days.ts'
import { dueItems } from './due-items.ts'
import { childFacts, itemsFor } from './record-facts.fixture.ts'
import type { ChildProtectionPlanFacts } from './record-facts.ts'

test('the initial conference has both clocks: from the strategy discussion (WT) and from the S47 start (DfE)', () => {
  const facts = childFacts({
    section47Enquiries: [
      {
        strategyDiscussionDate: '2024-05-16',
        startDate: '2024-05-20',
        icpcDate: '2024-06-10',
        conferenceNotNeeded: false,
      },
    ],
  })
  // Both clocks skip the spring bank holiday on 27 May.
  assert.deepEqual(itemsFor(facts, '2024-06-30', 'icpc'), [
    {
      ruleId: 'icpc-from-strategy-discussion',
      from: '2024-05-16',
      due: '2024-06-07',
      status: 'met_late',
      done: '2024-06-10',
    },
    {
      ruleId: 'icpc-from-s47-start',
      from: '2024-05-20',
      due: '2024-06-11',
      status: 'met',
      done: '2024-06-10',
    },
  ])
})

test('an initial conference clock started on 13 December 2023 runs past Christmas and New Year to 8 January', () => {
  const facts = childFacts({
    section47Enquiries: [
      { strategyDiscussionDate: '2023-12-13', startDate: '2023-12-13', conferenceNotNeeded: false },
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-01-03', 'icpc'), [
    { ruleId: 'icpc-from-s47-start', from: '2023-12-13', due: '2024-01-08', status: 'due_soon' },
    { ruleId: 'icpc-from-strategy-discussion', from: '2023-12-13', due: '2024-01-08', status: 'due_soon' },
  ])
})

test('an enquiry that concluded no conference was needed has no conference deadline', () => {
  const facts = childFacts({
    section47Enquiries: [
      { strategyDiscussionDate: '2024-05-16', startDate: '2024-05-16', conferenceNotNeeded: true },
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-06-30', 'icpc'), [])
})

const plan = (overrides: Partial<ChildProtectionPlanFacts> = {}): ChildProtectionPlanFacts => ({
  startDate: '2023-11-30',
  reviewConferences: [],
  coreGroups: [],
  ...overrides,
})

test('core groups: the first within 10 working days of the conference, then each within 6 weeks of the last', () => {
  const facts = childFacts({ childProtectionPlans: [plan({ coreGroups: ['2023-12-12', '2024-01-30'] })] })
  assert.deepEqual(itemsFor(facts, '2024-03-11', 'core-group'), [
    { ruleId: 'core-group-first', from: '2023-11-30', due: '2023-12-14', status: 'met', done: '2023-12-12' },
    {
      ruleId: 'core-group-next',
      from: '2023-12-12',
      due: '2024-01-23',
      status: 'met_late',
      done: '2024-01-30',
    },
    { ruleId: 'core-group-next', from: '2024-01-30', due: '2024-03-12', status: 'due_soon' },
  ])
})

test('review conferences: the first within 3 months (29 February in a leap year), then 6-monthly', () => {
  const facts = childFacts({ childProtectionPlans: [plan({ reviewConferences: ['2024-02-29'] })] })
  assert.deepEqual(itemsFor(facts, '2024-03-11', 'cp-review'), [
    { ruleId: 'cp-review-first', from: '2023-11-30', due: '2024-02-29', status: 'met', done: '2024-02-29' },
    { ruleId: 'cp-review-next', from: '2024-02-29', due: '2024-08-29', status: 'upcoming' },
  ])
})

test('a plan that has ended owes no meeting that would have fallen due after it ended', () => {
  const facts = childFacts({
    childProtectionPlans: [
      plan({
        endDate: '2024-03-01',
        coreGroups: ['2023-12-12', '2024-01-30'],
        reviewConferences: ['2024-02-29'],
      }),
    ],
  })
  assert.deepEqual(
    itemsFor(facts, '2024-06-03', '').map((i) => [i.ruleId, i.due, i.status]),
    [
      ['core-group-first', '2023-12-14', 'met'],
      ['core-group-next', '2024-01-23', 'met_late'],
      ['cp-review-first', '2024-02-29', 'met'],
    ],
  )
})

test('after a pre-birth conference the first review is due 20 working days after the birth when that is sooner', () => {
  const facts = childFacts({
    dateOfBirth: '2024-02-12',
    childProtectionPlans: [
      plan({
        startDate: '2024-01-08',
        reviewConferences: ['2024-03-07'],
        preBirth: { expectedBirthDate: '2024-02-20', birthDate: '2024-02-12' },
      }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-03-20', 'cp-review'), [
    {
      ruleId: 'cp-review-pre-birth',
      from: '2024-02-12',
      due: '2024-03-11',
      status: 'met',
      done: '2024-03-07',
    },
    { ruleId: 'cp-review-first', from: '2024-01-08', due: '2024-04-08', status: 'met', done: '2024-03-07' },
    { ruleId: 'cp-review-next', from: '2024-03-07', due: '2024-09-07', status: 'upcoming' },
  ])
})

test('after a pre-birth conference the first review is due 3 months after it when the birth is later', () => {
  const facts = childFacts({
    childProtectionPlans: [
      plan({
        startDate: '2024-03-04',
        preBirth: { expectedBirthDate: '2024-05-20', birthDate: '2024-05-10' },
      }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-05-13', 'cp-review-pre-birth'), [
    { ruleId: 'cp-review-pre-birth', from: '2024-03-04', due: '2024-06-04', status: 'upcoming' },
  ])
})

test('before the birth the pre-birth review counts from the expected date, and says so', () => {
  const facts = childFacts({
    childProtectionPlans: [plan({ startDate: '2024-01-08', preBirth: { expectedBirthDate: '2024-02-12' } })],
  })
  const item = dueItems(facts, calendar, '2024-01-10').find((i) => i.ruleId === 'cp-review-pre-birth')
  assert.deepEqual(item?.anchor, { event: 'Expected birth', date: '2024-02-12' })
  assert.equal(item?.dueDate, '2024-03-11')
})
