import { test } from 'node:test'
import assert from 'node:assert/strict'
import { englandAndWalesCalendar as calendar } from '../../platform/time/working-days.ts'
import type { Deadline } from './deadline.ts'
import { byUrgency, toDueItem, type DueItem } from './due-status.ts'

const icpc = (dueDate: string, completedDate?: string): Deadline => ({
  ruleId: 'icpc-from-s47-start',
  anchor: { event: 'Section 47 enquiry started', date: '2024-05-01' },
  dueDate,
  ...(completedDate ? { completedDate } : {}),
})

const status = (d: Deadline, today: string): Pick<DueItem, 'status' | 'workingDaysRemaining'> => {
  const { status: s, workingDaysRemaining } = toDueItem(d, calendar, today, 5)
  return workingDaysRemaining === undefined ? { status: s } : { status: s, workingDaysRemaining }
}

test('an item done on its due date is met', () => {
  assert.deepEqual(status(icpc('2024-05-22', '2024-05-22'), '2024-06-30'), { status: 'met' })
})

test('an item done the day after its due date is met late', () => {
  assert.deepEqual(status(icpc('2024-05-22', '2024-05-23'), '2024-06-30'), { status: 'met_late' })
})

test('an open item is due soon on its due date, with no working days left', () => {
  assert.deepEqual(status(icpc('2024-05-22'), '2024-05-22'), { status: 'due_soon', workingDaysRemaining: 0 })
})

test('an open item five working days away is due soon; six away is upcoming', () => {
  // Friday 24 May to Monday 3 June 2024 crosses the spring bank holiday on 27 May.
  assert.deepEqual(status(icpc('2024-05-31'), '2024-05-24'), { status: 'due_soon', workingDaysRemaining: 4 })
  assert.deepEqual(status(icpc('2024-06-03'), '2024-05-24'), { status: 'due_soon', workingDaysRemaining: 5 })
  assert.deepEqual(status(icpc('2024-06-04'), '2024-05-24'), { status: 'upcoming', workingDaysRemaining: 6 })
})

test('an open item past its due date is overdue, counting the working days since', () => {
  assert.deepEqual(status(icpc('2024-05-22'), '2024-05-28'), { status: 'overdue', workingDaysRemaining: -3 })
})

test('an open item due on a Saturday is overdue on the Sunday with no working day passed', () => {
  assert.deepEqual(status(icpc('2024-06-08'), '2024-06-09'), { status: 'overdue', workingDaysRemaining: 0 })
})

test('an open item due before the bank-holiday data begins is overdue without a working-day count', () => {
  assert.deepEqual(status(icpc('2014-11-03'), '2024-06-09'), { status: 'overdue' })
})

test('the item carries the rule’s name and clock', () => {
  const item = toDueItem(icpc('2024-05-22'), calendar, '2024-05-01', 5)
  assert.equal(item.label, 'Initial conference: 15 working days from the section 47 start (DfE census)')
  assert.equal(item.clock, 'dfe')
})

test('urgency order puts open items first by due date, then finished items most recent first', () => {
  const items = [
    toDueItem(icpc('2024-05-01', '2024-04-30'), calendar, '2024-06-03', 5),
    toDueItem(icpc('2024-07-01'), calendar, '2024-06-03', 5),
    toDueItem(icpc('2024-05-20', '2024-05-28'), calendar, '2024-06-03', 5),
    toDueItem(icpc('2024-06-05'), calendar, '2024-06-03', 5),
    toDueItem(icpc('2024-05-30'), calendar, '2024-06-03', 5),
  ].sort(byUrgency)
  assert.deepEqual(
    items.map((i) => [i.dueDate, i.status]),
    [
      ['2024-05-30', 'overdue'],
      ['2024-06-05', 'due_soon'],
      ['2024-07-01', 'upcoming'],
      ['2024-05-20', 'met_late'],
      ['2024-05-01', 'met'],
    ],
  )
})
