import { test } from 'node:test'
import assert from 'node:assert/strict'
import { englandAndWalesCalendar as calendar } from '../../platform/time/working-days.ts'
import { dueItems } from './due-items.ts'
import { childFacts, periodOfCare, placement } from './record-facts.fixture.ts'
import type { ChildRecordFacts } from './record-facts.ts'
import { TIMESCALE_RULES, type TimescaleRuleId } from './timescale-rules.ts'

const busyChild = childFacts({
  contacts: [
    { receivedAt: new Date('2024-06-10T09:00:00Z') },
    { receivedAt: new Date('2024-05-20T09:00:00Z'), screeningDecidedAt: new Date('2024-05-22T09:00:00Z') },
  ],
  referrals: [{ date: '2024-05-01', noFurtherAction: false }],
  assessments: [{ referralDate: '2024-05-01', startDate: '2024-05-02', managerReviews: [] }],
  missingEpisodes: [{ startDate: '2024-05-31', returnedOn: '2024-06-01', returnInterviewDate: '2024-06-03' }],
})

test('a child’s items come most urgent first: overdue, due soon, upcoming, then the most recently done', () => {
  const items = dueItems(busyChild, calendar, '2024-06-10')
  assert.deepEqual(
    items.map((i) => [i.ruleId, i.status, i.dueDate, i.workingDaysRemaining]),
    [
      ['assessment-manager-review-10', 'overdue', '2024-05-17', -15],
      ['assessment-manager-review-20', 'overdue', '2024-06-03', -5],
      ['contact-decision', 'due_soon', '2024-06-11', 1],
      ['assessment-from-referral', 'upcoming', '2024-07-05', 19],
      ['assessment-from-start', 'upcoming', '2024-07-08', 20],
      ['return-interview', 'met', '2024-06-04', undefined],
      ['contact-decision', 'met_late', '2024-05-21', undefined],
    ],
  )
})

test('each item carries its label, clock and the event its clock runs from', () => {
  const item = dueItems(busyChild, calendar, '2024-06-10').find((i) => i.ruleId === 'assessment-from-start')
  assert.deepEqual(item, {
    ruleId: 'assessment-from-start',
    label: 'Assessment: 45 working days from the start (DfE census)',
    clock: 'dfe',
    anchor: { event: 'Assessment started', date: '2024-05-02' },
    dueDate: '2024-07-08',
    status: 'upcoming',
    workingDaysRemaining: 20,
  })
})

test('a council can leave out local rules it does not use', () => {
  const items = dueItems(busyChild, calendar, '2024-06-10', {
    excludeRules: ['assessment-manager-review-10', 'assessment-manager-review-20'],
  })
  assert.equal(items.filter((i) => i.ruleId.startsWith('assessment-manager')).length, 0)
  assert.equal(items.length, 5)
})

test('the due-soon window can be widened', () => {
  const items = dueItems(busyChild, calendar, '2024-06-10', { dueSoonWorkingDays: 19 })
  assert.equal(items.find((i) => i.ruleId === 'assessment-from-referral')?.status, 'due_soon')
  assert.equal(items.find((i) => i.ruleId === 'assessment-from-start')?.status, 'upcoming')
})

test('a child with nothing recorded has nothing due', () => {
  assert.deepEqual(dueItems(childFacts(), calendar, '2024-06-10'), [])
})

test('history from before 2015 does not stop the page: the uncountable first review is left out, later ones are counted', () => {
  const facts = childFacts({
    periodsOfCare: [periodOfCare('2012-09-03', { reviews: ['2012-09-28', '2012-12-20'] })],
  })
  assert.deepEqual(
    dueItems(facts, calendar, '2024-06-10')
      .filter((i) => i.ruleId.startsWith('cla-review'))
      .map((i) => [i.ruleId, i.dueDate, i.status]),
    [
      ['cla-review-next', '2013-06-20', 'overdue'],
      ['cla-review-second', '2012-12-28', 'met'],
    ],
  )
})

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

test('the engine does not change the facts it is given', () => {
  const facts = deepFreeze(
    childFacts({ periodsOfCare: [periodOfCare('2024-01-08', { reviews: ['2024-02-01', '2024-01-30'] })] }),
  )
  assert.doesNotThrow(() => dueItems(facts, calendar, '2024-06-10'))
})

// One record that exercises every rule, to prove none is declared but never produced.
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
const everyRule: ChildRecordFacts[] = [
  childFacts({
    dateOfBirth: '2018-03-01',
    contacts: [{ receivedAt: new Date('2023-01-02T10:00:00Z') }],
    strategyDiscussions: [{ decidedAt: new Date('2023-01-03T10:00:00Z') }],
    referrals: [{ date: '2023-01-03', noFurtherAction: false }],
    assessments: [{ referralDate: '2023-01-03', startDate: '2023-01-04', managerReviews: [] }],
    section47Enquiries: [
      { strategyDiscussionDate: '2023-01-04', startDate: '2023-01-04', conferenceNotNeeded: false },
    ],
    childProtectionPlans: [
      {
        startDate: '2023-01-05',
        coreGroups: ['2023-01-10'],
        reviewConferences: ['2023-04-01'],
        preBirth: { expectedBirthDate: '2023-02-01' },
      },
    ],
    periodsOfCare: [
      periodOfCare('2023-01-09', {
        placements: [placement('2023-01-09', { intendedToLastUntil18: true })],
        reviews: ['2023-02-01', '2023-05-01'],
        visits: firstYearVisits,
      }),
    ],
    healthAssessments: [
      { date: '2023-01-10', kind: 'initial' },
      { date: '2023-07-10', kind: 'review' },
    ],
    missingEpisodes: [{ startDate: '2023-03-01', returnedOn: '2023-03-02' }],
    careProceedings: [{ issuedOn: '2023-03-01' }],
    careLeaver: {
      supportStartDate: '2023-01-02',
      pathwayPlans: ['2023-01-02'],
      personalAdviserContacts: [],
      moves: ['2023-02-01'],
    },
    earlyHelpEpisodes: [{ startDate: '2023-01-02', planDate: '2023-01-20', reviews: ['2023-03-01'] }],
  }),
  childFacts({ childInNeedPlans: [{ startDate: '2023-01-02', reviews: ['2023-03-20'] }] }),
  childFacts({
    periodsOfCare: [
      periodOfCare('2023-01-09', { placements: [placement('2023-01-09')], visits: firstYearVisits }),
    ],
  }),
  ...(
    [
      'placed_with_parent_before_assessment',
      'connected_person_temporary_approval',
      'care_order_at_home',
    ] as const
  ).map((visitCircumstance) =>
    childFacts({
      periodsOfCare: [
        periodOfCare('2024-03-01', {
          placements: [placement('2024-03-01', { visitCircumstance })],
          reviews: ['2024-03-10'],
          visits: ['2024-03-07', '2024-03-14'],
        }),
      ],
    }),
  ),
]

test('every declared deadline rule is produced for a record that calls for it', () => {
  const produced = new Set<string>(
    everyRule.flatMap((facts) => dueItems(facts, calendar, '2024-06-10').map((i) => i.ruleId)),
  )
  const declared = (Object.keys(TIMESCALE_RULES) as TimescaleRuleId[]).filter(
    (id) => TIMESCALE_RULES[id].kind === 'deadline',
  )
  assert.deepEqual(
    declared.filter((id) => !produced.has(id)),
    [],
  )
})
