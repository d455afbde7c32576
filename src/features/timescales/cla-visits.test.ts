import { test } from 'node:test'
import assert from 'node:assert/strict'
import { childFacts, itemsFor, periodOfCare, placement } from './record-facts.fixture.ts'
import type { PlacementFacts } from './record-facts.ts'

test('a new placement is visited within a week, then at least every 6 weeks in its first year', () => {
  const facts = childFacts({
    periodsOfCare: [
      periodOfCare('2024-01-08', {
        placements: [placement('2024-01-08')],
        visits: ['2024-01-12', '2024-02-20'],
      }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-03-25', 'cla-visit'), [
    {
      ruleId: 'cla-visit-placement-start',
      from: '2024-01-08',
      due: '2024-01-15',
      status: 'met',
      done: '2024-01-12',
    },
    {
      ruleId: 'cla-visit-first-year',
      from: '2024-01-12',
      due: '2024-02-23',
      status: 'met',
      done: '2024-02-20',
    },
    // Across 29 February; only 4 working days remain on 25 March because of Easter.
    { ruleId: 'cla-visit-first-year', from: '2024-02-20', due: '2024-04-02', status: 'due_soon' },
  ])
})

const firstYearVisits = [
  '2023-01-13',
  '2023-02-20',
  '2023-04-03',
  '2023-05-15',
  '2023-06-26',
  '2023-08-07',
  '2023-09-18',
  '2023-10-30',
  '2023-12-11',
  '2024-01-15',
]

test('after the first year a placement intended to last until 18 is visited at least every 3 months', () => {
  const facts = childFacts({
    periodsOfCare: [
      periodOfCare('2023-01-09', {
        placements: [placement('2023-01-09', { intendedToLastUntil18: true })],
        visits: firstYearVisits,
      }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-02-01', 'cla-visit').slice(-2), [
    {
      ruleId: 'cla-visit-first-year',
      from: '2023-12-11',
      due: '2024-01-22',
      status: 'met',
      done: '2024-01-15',
    },
    { ruleId: 'cla-visit-long-term', from: '2024-01-15', due: '2024-04-15', status: 'upcoming' },
  ])
})

test('after the first year any other placement is still visited at least every 6 weeks', () => {
  const facts = childFacts({
    periodsOfCare: [
      periodOfCare('2023-01-09', { placements: [placement('2023-01-09')], visits: firstYearVisits }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-02-01', 'cla-visit').slice(-1), [
    { ruleId: 'cla-visit-after-first-year', from: '2024-01-15', due: '2024-02-26', status: 'upcoming' },
  ])
})

const placedAtHome = (
  visitCircumstance: PlacementFacts['visitCircumstance'],
  reviews: string[] = ['2024-03-22'],
) =>
  childFacts({
    periodsOfCare: [
      periodOfCare('2024-03-01', {
        placements: [placement('2024-03-01', { visitCircumstance })],
        reviews,
        visits: ['2024-03-07', '2024-03-14', '2024-03-22'],
      }),
    ],
  })

test('placed with a parent before assessment (reg 19): weekly until the first review, then 6-weekly', () => {
  assert.deepEqual(
    itemsFor(placedAtHome('placed_with_parent_before_assessment'), '2024-04-01', 'cla-visit'),
    [
      {
        ruleId: 'cla-visit-weekly-until-review',
        from: '2024-03-01',
        due: '2024-03-08',
        status: 'met',
        done: '2024-03-07',
      },
      {
        ruleId: 'cla-visit-weekly-until-review',
        from: '2024-03-07',
        due: '2024-03-14',
        status: 'met',
        done: '2024-03-14',
      },
      {
        ruleId: 'cla-visit-weekly-until-review',
        from: '2024-03-14',
        due: '2024-03-21',
        status: 'met_late',
        done: '2024-03-22',
      },
      { ruleId: 'cla-visit-parent-after-review', from: '2024-03-22', due: '2024-05-03', status: 'upcoming' },
    ],
  )
})

test('with a temporarily approved connected person (reg 24): weekly until the first review, then 4-weekly', () => {
  assert.deepEqual(
    itemsFor(placedAtHome('connected_person_temporary_approval'), '2024-04-01', 'cla-visit').slice(-1),
    [
      {
        ruleId: 'cla-visit-four-weekly-after-review',
        from: '2024-03-22',
        due: '2024-04-19',
        status: 'upcoming',
      },
    ],
  )
})

test('at home under an interim care order: visits stay weekly while the first review has not happened', () => {
  assert.deepEqual(
    itemsFor(placedAtHome('interim_care_order_at_home', []), '2024-04-01', 'cla-visit').slice(-1),
    [{ ruleId: 'cla-visit-weekly-until-review', from: '2024-03-22', due: '2024-03-29', status: 'overdue' }],
  )
})

test('at home under a care order: visited within a week of the order, then at least every 6 weeks', () => {
  const facts = childFacts({
    periodsOfCare: [
      periodOfCare('2024-02-01', {
        placements: [
          placement('2024-02-01', { visitCircumstance: 'care_order_at_home', careOrderMadeOn: '2024-04-10' }),
        ],
        visits: ['2024-02-05', '2024-04-16'],
      }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-05-01', 'cla-visit'), [
    {
      ruleId: 'cla-visit-care-order-made',
      from: '2024-04-10',
      due: '2024-04-17',
      status: 'met',
      done: '2024-04-16',
    },
    { ruleId: 'cla-visit-care-order-at-home', from: '2024-04-16', due: '2024-05-28', status: 'upcoming' },
  ])
})

test('a change of placement restarts the schedule, and the old placement owes nothing after it ended', () => {
  const facts = childFacts({
    periodsOfCare: [
      periodOfCare('2024-01-08', {
        placements: [placement('2024-01-08', { endDate: '2024-02-12' }), placement('2024-02-12')],
        visits: ['2024-01-10', '2024-02-15'],
      }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-03-01', 'cla-visit'), [
    {
      ruleId: 'cla-visit-placement-start',
      from: '2024-01-08',
      due: '2024-01-15',
      status: 'met',
      done: '2024-01-10',
    },
    {
      ruleId: 'cla-visit-placement-start',
      from: '2024-02-12',
      due: '2024-02-19',
      status: 'met',
      done: '2024-02-15',
    },
    { ruleId: 'cla-visit-first-year', from: '2024-02-15', due: '2024-03-28', status: 'upcoming' },
  ])
})

test('a child who left care within a week of the placement starting was owed no visit', () => {
  const facts = childFacts({
    periodsOfCare: [
      periodOfCare('2024-01-08', { endDate: '2024-01-12', placements: [placement('2024-01-08')] }),
    ],
  })
  assert.deepEqual(itemsFor(facts, '2024-03-01', 'cla-visit'), [])
})

test('a period of short breaks gets no reg 28 visit schedule', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2024-01-08', { shortBreaks: true, placements: [placement('2024-01-08')] })],
  })
  assert.deepEqual(itemsFor(facts, '2024-03-01', 'cla-'), [])
})

test('a visit never made before the child left care is missed, not overdue, once the period has ended', () => {
  const facts = (endDate?: string) =>
    childFacts({ periodsOfCare: [periodOfCare('2024-01-08', { placements: [placement('2024-01-08', endDate ? { endDate } : {})], visits: [], ...(endDate ? { endDate } : {}) })] })
  const missedVisit = { ruleId: 'cla-visit-placement-start', from: '2024-01-08', due: '2024-01-15' }
  // Still in care on 1 February: the practitioner can still visit, so it is overdue.
  assert.deepEqual(itemsFor(facts(), '2024-02-01', 'cla-visit'), [{ ...missedVisit, status: 'overdue' }])
  // Left care on 31 January: by 1 February the visit can no longer happen.
  assert.deepEqual(itemsFor(facts('2024-01-31'), '2024-02-01', 'cla-visit'), [{ ...missedVisit, status: 'missed' }])
  // Looking back on 20 January, before the period ended, it was overdue then.
  assert.deepEqual(itemsFor(facts('2024-01-31'), '2024-01-20', 'cla-visit'), [{ ...missedVisit, status: 'overdue' }])
})
