import { test } from 'node:test'
import assert from 'node:assert/strict'
import { englandAndWalesCalendar as calendar } from '../../platform/time/working-days.ts'
import { dueAfter, dueAfterInstant, rollingSeries, single, step } from './deadline.ts'

test('a month after 31 January in a leap year is 29 February', () => {
  assert.equal(dueAfter('2024-01-31', { count: 1, unit: 'months' }, calendar), '2024-02-29')
})

test('three months after 30 November 2023 is 29 February 2024', () => {
  assert.equal(dueAfter('2023-11-30', { count: 3, unit: 'months' }, calendar), '2024-02-29')
})

test('26 weeks beginning with the anchor day ends the day before the 26-week anniversary', () => {
  assert.equal(
    dueAfter('2024-01-01', { count: 26, unit: 'weeks', includesAnchorDay: true }, calendar),
    '2024-06-30',
  )
  assert.equal(dueAfter('2024-01-01', { count: 26, unit: 'weeks' }, calendar), '2024-07-01')
})

test('72 hours from a date alone is three calendar days, weekend or not', () => {
  assert.equal(dueAfter('2024-12-24', { count: 72, unit: 'hours' }, calendar), '2024-12-27')
})

test('72 hours from a moment is counted in real hours, so it crosses a night the clocks go forward', () => {
  // 23:30 GMT on Saturday 30 March 2024; 72 hours later it is 00:30 BST on Wednesday 3 April.
  assert.equal(
    dueAfterInstant(new Date('2024-03-30T23:30:00Z'), { count: 72, unit: 'hours' }, calendar),
    '2024-04-03',
  )
  assert.equal(
    dueAfterInstant(new Date('2024-07-01T21:00:00Z'), { count: 72, unit: 'hours' }, calendar),
    '2024-07-04',
  )
})

test('working days from a moment start from its London date, not its UTC date', () => {
  // 23:30 UTC on Sunday 9 June 2024 is 00:30 BST on Monday 10 June.
  assert.equal(
    dueAfterInstant(new Date('2024-06-09T23:30:00Z'), { count: 1, unit: 'working_days' }, calendar),
    '2024-06-11',
  )
})

test('a working-day deadline anchored before the bank-holiday data begins cannot be counted', () => {
  assert.equal(dueAfter('2014-12-01', { count: 20, unit: 'working_days' }, calendar), null)
})

test('a working-day deadline that would run past 2030 throws rather than guess', () => {
  assert.throws(() => dueAfter('2030-12-20', { count: 10, unit: 'working_days' }, calendar), RangeError)
})

test('a single deadline done late keeps its completion date', () => {
  assert.deepEqual(single(step('early-help-plan', '2024-03-01', calendar), '2024-03-25'), [
    {
      ruleId: 'early-help-plan',
      anchor: { event: 'Early help episode started', date: '2024-03-01' },
      dueDate: '2024-03-22',
      completedDate: '2024-03-25',
    },
  ])
})

test('a single deadline falling after its process ended, and not done, is dropped', () => {
  assert.deepEqual(single(step('early-help-plan', '2024-03-01', calendar), undefined, '2024-03-15'), [])
})

test('a rolling series matches each event in turn and restarts the clock from it', () => {
  const items = rollingSeries(
    step('core-group-first', '2024-03-01', calendar),
    ['2024-05-01', '2024-03-14', '2024-02-20', '2024-03-14'], // unsorted, a duplicate, one before the anchor
    (last) => step('core-group-next', last, calendar),
  )
  assert.deepEqual(
    items.map((i) => [i.ruleId, i.anchor.date, i.dueDate, i.completedDate]),
    [
      ['core-group-first', '2024-03-01', '2024-03-15', '2024-03-14'],
      ['core-group-next', '2024-03-14', '2024-04-25', '2024-05-01'],
      ['core-group-next', '2024-05-01', '2024-06-12', undefined],
    ],
  )
})

test('a rolling series stops at the end date when the next item would fall due after it', () => {
  const items = rollingSeries(
    step('core-group-first', '2024-03-01', calendar),
    ['2024-03-14', '2024-05-01', '2024-07-01'],
    (last) => step('core-group-next', last, calendar),
    '2024-06-01',
  )
  assert.deepEqual(
    items.map((i) => i.dueDate),
    ['2024-03-15', '2024-04-25'],
  )
})

test('a rolling series whose first due date predates the calendar carries on from the first event', () => {
  const items = rollingSeries(step('core-group-first', '2014-12-01', calendar), ['2014-12-10'], (last) =>
    step('core-group-next', last, calendar),
  )
  assert.deepEqual(
    items.map((i) => [i.anchor.date, i.dueDate, i.completedDate]),
    [['2014-12-10', '2015-01-21', undefined]],
  )
})

test('a rolling series with an uncountable first due date and no events is empty', () => {
  assert.deepEqual(
    rollingSeries(step('core-group-first', '2014-12-01', calendar), [], (last) =>
      step('core-group-next', last, calendar),
    ),
    [],
  )
})
