import { test } from 'node:test'
import assert from 'node:assert/strict'
import { englandAndWalesCalendar as calendar } from '../../platform/time/working-days.ts'
import { dueItems } from './due-items.ts'
import { childFacts, itemsFor } from './record-facts.fixture.ts'

test('proceedings issued on 1 January 2024 must finish by 30 June, 26 weeks beginning with the issue day', () => {
  const facts = childFacts({ careProceedings: [{ issuedOn: '2024-01-01', concludedOn: '2024-06-28' }] })
  assert.deepEqual(itemsFor(facts, '2024-07-01', 'care-proceedings'), [
    { ruleId: 'care-proceedings', from: '2024-01-01', due: '2024-06-30', status: 'met', done: '2024-06-28' },
  ])
})

test('proceedings issued on a Monday end on the Sunday 26 weeks on, even across a year end', () => {
  const facts = childFacts({ careProceedings: [{ issuedOn: '2024-09-02' }] })
  assert.deepEqual(itemsFor(facts, '2025-02-20', 'care-proceedings'), [
    { ruleId: 'care-proceedings', from: '2024-09-02', due: '2025-03-02', status: 'upcoming' },
  ])
})

test('a timetable extended by the court is due on the extended date and says so', () => {
  const facts = childFacts({ careProceedings: [{ issuedOn: '2024-09-02', extendedTo: '2025-04-27' }] })
  const [item] = dueItems(facts, calendar, '2025-03-10')
  assert.equal(item?.dueDate, '2025-04-27')
  assert.equal(item?.label, 'Care proceedings concluded (26 weeks), extended by the court')
  assert.equal(item?.status, 'upcoming')
})
