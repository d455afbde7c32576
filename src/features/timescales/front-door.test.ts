import { test } from 'node:test'
import assert from 'node:assert/strict'
import { childFacts, itemsFor } from './record-facts.fixture.ts'
import type { AssessmentFacts } from './record-facts.ts'

const contact = (receivedAt: string, screeningDecidedAt?: string) =>
  childFacts({
    contacts: [
      {
        receivedAt: new Date(receivedAt),
        ...(screeningDecidedAt ? { screeningDecidedAt: new Date(screeningDecidedAt) } : {}),
      },
    ],
  })

test('a contact received at 17:30 on a Tuesday needs a decision by the end of Wednesday', () => {
  assert.deepEqual(
    itemsFor(contact('2024-06-11T16:30:00Z', '2024-06-12T15:00:00Z'), '2024-06-20', 'contact'),
    [
      {
        ruleId: 'contact-decision',
        from: '2024-06-11',
        due: '2024-06-12',
        status: 'met',
        done: '2024-06-12',
      },
    ],
  )
})

test('a contact received on a Saturday needs a decision by the end of Monday', () => {
  assert.deepEqual(itemsFor(contact('2024-06-08T10:00:00Z'), '2024-06-10', 'contact'), [
    { ruleId: 'contact-decision', from: '2024-06-08', due: '2024-06-10', status: 'due_soon' },
  ])
})

test('a contact received on the Friday before the spring bank holiday is due on the Tuesday', () => {
  assert.deepEqual(
    itemsFor(contact('2024-05-24T13:00:00Z', '2024-05-29T09:00:00Z'), '2024-06-03', 'contact'),
    [
      {
        ruleId: 'contact-decision',
        from: '2024-05-24',
        due: '2024-05-28',
        status: 'met_late',
        done: '2024-05-29',
      },
    ],
  )
})

test('a contact received on Christmas Eve 2024 is due on Friday 27 December', () => {
  assert.deepEqual(itemsFor(contact('2024-12-24T11:00:00Z'), '2024-12-30', 'contact'), [
    { ruleId: 'contact-decision', from: '2024-12-24', due: '2024-12-27', status: 'overdue' },
  ])
})

test('a contact received late on New Year’s Eve is due on 2 January, after the bank holiday', () => {
  assert.deepEqual(itemsFor(contact('2024-12-31T23:30:00Z'), '2024-12-31', 'contact'), [
    { ruleId: 'contact-decision', from: '2024-12-31', due: '2025-01-02', status: 'due_soon' },
  ])
})

test('a contact received at 00:30 British Summer Time counts from that London date, not the UTC one', () => {
  // 23:30 UTC on Sunday 9 June is 00:30 on Monday 10 June in London.
  assert.deepEqual(
    itemsFor(contact('2024-06-09T23:30:00Z', '2024-06-11T23:30:00Z'), '2024-06-20', 'contact'),
    [
      {
        ruleId: 'contact-decision',
        from: '2024-06-10',
        due: '2024-06-11',
        status: 'met_late',
        done: '2024-06-12',
      },
    ],
  )
})

test('a strategy discussion is due 24 hours after the decision, over a weekend too', () => {
  const facts = childFacts({
    strategyDiscussions: [
      { decidedAt: new Date('2024-06-14T16:00:00Z'), heldOn: '2024-06-17' },
      { heldOn: '2024-06-20' },
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-06-20', 'strategy'), [
    {
      ruleId: 'strategy-discussion',
      from: '2024-06-14',
      due: '2024-06-15',
      status: 'met_late',
      done: '2024-06-17',
    },
  ])
})

const assessment = (overrides: Partial<AssessmentFacts>): AssessmentFacts => ({
  referralDate: '2024-06-03',
  startDate: '2024-06-03',
  managerReviews: [],
  ...overrides,
})

test('an assessment over Christmas has both clocks: 45 working days from the referral and from the start', () => {
  const facts = childFacts({
    referrals: [{ date: '2024-12-02', noFurtherAction: false }],
    assessments: [
      assessment({ referralDate: '2024-12-02', startDate: '2024-12-06', authorisedDate: '2025-02-10' }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2025-03-03', 'assessment-from'), [
    {
      ruleId: 'assessment-from-referral',
      from: '2024-12-02',
      due: '2025-02-06',
      status: 'met_late',
      done: '2025-02-10',
    },
    {
      ruleId: 'assessment-from-start',
      from: '2024-12-06',
      due: '2025-02-12',
      status: 'met',
      done: '2025-02-10',
    },
  ])
})

test('a referral still waiting for its assessment already has the Working Together clock running', () => {
  const facts = childFacts({
    referrals: [
      { date: '2024-06-03', noFurtherAction: false },
      { date: '2024-06-04', noFurtherAction: true },
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-06-10', 'assessment'), [
    { ruleId: 'assessment-from-referral', from: '2024-06-03', due: '2024-08-05', status: 'upcoming' },
  ])
})

test('a referral with no further action needs no assessment', () => {
  assert.deepEqual(
    itemsFor(
      childFacts({ referrals: [{ date: '2024-06-04', noFurtherAction: true }] }),
      '2024-06-10',
      'assessment',
    ),
    [],
  )
})

test('manager reviews are matched to the 10 and 20 working-day checkpoints in order', () => {
  const facts = childFacts({
    assessments: [assessment({ authorisedDate: '2024-07-10', managerReviews: ['2024-07-02', '2024-06-14'] })],
  })
  assert.deepEqual(itemsFor(facts, '2024-07-15', 'assessment-manager'), [
    {
      ruleId: 'assessment-manager-review-10',
      from: '2024-06-03',
      due: '2024-06-17',
      status: 'met',
      done: '2024-06-14',
    },
    {
      ruleId: 'assessment-manager-review-20',
      from: '2024-06-03',
      due: '2024-07-01',
      status: 'met_late',
      done: '2024-07-02',
    },
  ])
})

test('an assessment authorised within 10 working days owes no manager review', () => {
  const facts = childFacts({ assessments: [assessment({ authorisedDate: '2024-06-13' })] })
  assert.deepEqual(itemsFor(facts, '2024-07-15', 'assessment-manager'), [])
})

test('an assessment authorised at 15 working days owed only the 10-day manager review', () => {
  const facts = childFacts({ assessments: [assessment({ authorisedDate: '2024-06-24' })] })
  assert.deepEqual(itemsFor(facts, '2024-06-25', 'assessment-manager'), [
    { ruleId: 'assessment-manager-review-10', from: '2024-06-03', due: '2024-06-17', status: 'overdue' },
  ])
})
