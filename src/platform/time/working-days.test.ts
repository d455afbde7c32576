import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { addDays } from './dates.ts'
import { englandAndWalesCalendar as calendar, WorkingDayCalendar } from './working-days.ts'

test('a weekday that is not a bank holiday is a working day', () => {
  assert.equal(calendar.isWorkingDay('2024-03-28'), true) // Maundy Thursday
})

test('Saturdays, Sundays and bank holidays are not working days', () => {
  assert.equal(calendar.isWorkingDay('2024-03-30'), false)
  assert.equal(calendar.isWorkingDay('2024-03-31'), false)
  assert.equal(calendar.isWorkingDay('2024-03-29'), false) // Good Friday
  assert.equal(calendar.isWorkingDay('2023-05-08'), false) // coronation
})

test('adding 0 working days returns the anchor, even when the anchor is a Sunday', () => {
  assert.equal(calendar.addWorkingDays('2024-06-09', 0), '2024-06-09')
})

test('one working day after a Friday is the following Monday', () => {
  assert.equal(calendar.addWorkingDays('2024-06-07', 1), '2024-06-10')
})

test('one working day after the Friday before a bank holiday Monday is the Tuesday', () => {
  assert.equal(calendar.addWorkingDays('2024-05-24', 1), '2024-05-28')
})

test('counting from a Saturday starts at the Saturday, so one working day later is the Monday', () => {
  assert.equal(calendar.addWorkingDays('2024-06-08', 1), '2024-06-10')
  assert.equal(calendar.addWorkingDays('2024-06-08', 5), '2024-06-14')
})

test('counting from a bank holiday starts at the holiday itself', () => {
  assert.equal(calendar.addWorkingDays('2024-05-27', 1), '2024-05-28')
})

test('ten working days over Easter 2024 skip Good Friday and Easter Monday', () => {
  assert.equal(calendar.addWorkingDays('2024-03-27', 10), '2024-04-12')
})

test('working days across Christmas 2021 skip the substitute days of 27 and 28 December and 3 January', () => {
  assert.equal(calendar.addWorkingDays('2021-12-24', 1), '2021-12-29')
  assert.equal(calendar.addWorkingDays('2021-12-24', 3), '2021-12-31')
  assert.equal(calendar.addWorkingDays('2021-12-24', 4), '2022-01-04')
})

test('45 working days from 1 December 2023 cross Christmas and land on 7 February 2024', () => {
  assert.equal(calendar.addWorkingDays('2023-12-01', 45), '2024-02-07')
})

test('working days run through 29 February in a leap year', () => {
  assert.equal(calendar.addWorkingDays('2024-02-28', 1), '2024-02-29')
  assert.equal(calendar.addWorkingDays('2024-02-29', 1), '2024-03-01')
})

test('working days between counts the days after the start up to and including the end', () => {
  assert.equal(calendar.workingDaysBetween('2024-06-07', '2024-06-10'), 1)
  assert.equal(calendar.workingDaysBetween('2024-06-10', '2024-06-10'), 0)
  assert.equal(calendar.workingDaysBetween('2024-06-10', '2024-06-15'), 4) // Tue–Fri; Saturday not counted
})

test('working days between is negative when the end is before the start', () => {
  assert.equal(calendar.workingDaysBetween('2024-06-10', '2024-06-07'), -1)
  assert.equal(calendar.workingDaysBetween('2024-02-07', '2023-12-01'), -45)
})

test('working days between a Saturday and the Sunday after is zero, either way round', () => {
  assert.equal(calendar.workingDaysBetween('2024-06-08', '2024-06-09'), 0)
  assert.equal(calendar.workingDaysBetween('2024-06-09', '2024-06-08'), 0)
})

test('working days across the 31 March year end: 1 to 30 April 2024 counts 21', () => {
  assert.equal(calendar.workingDaysBetween('2024-03-31', '2024-04-30'), 21) // 22 weekdays less Easter Monday
})

test('adding n working days and counting back always gives n (property)', () => {
  const day = fc.integer({ min: 0, max: 365 * 15 }).map((offset) => addDays('2015-01-01', offset))
  fc.assert(
    fc.property(day, fc.integer({ min: 0, max: 60 }), (anchor, n) => {
      const due = calendar.addWorkingDays(anchor, n)
      assert.equal(calendar.workingDaysBetween(anchor, due), n)
      if (n > 0) assert.equal(calendar.isWorkingDay(due), true)
    }),
    { seed: 20240229, numRuns: 500 },
  )
})

test('the next working day after Christmas Eve 2026 (a Thursday) is Tuesday 29 December', () => {
  assert.equal(calendar.nextWorkingDay('2026-12-24'), '2026-12-29')
})

test('the next working day after New Year’s Eve 2027 is Tuesday 4 January 2028', () => {
  assert.equal(calendar.nextWorkingDay('2027-12-31'), '2028-01-04')
})

test('dates outside 2015–2030 throw a RangeError that names the missing data', () => {
  assert.throws(() => calendar.isWorkingDay('2014-12-31'), /No bank-holiday data for 2014-12-31/)
  assert.throws(() => calendar.addWorkingDays('2030-12-20', 10), RangeError)
  assert.throws(
    () => calendar.workingDaysBetween('2030-06-01', '2031-01-02'),
    /covers 2015-01-01 to 2030-12-31/,
  )
})

test('counting to the last covered day works; one past it throws', () => {
  assert.equal(calendar.addWorkingDays('2030-12-27', 2), '2030-12-31')
  assert.throws(() => calendar.addWorkingDays('2030-12-27', 3), RangeError)
})

test('a negative or fractional number of working days is refused', () => {
  assert.throws(() => calendar.addWorkingDays('2024-06-10', -1), RangeError)
  assert.throws(() => calendar.addWorkingDays('2024-06-10', 1.5), RangeError)
})

test('a date that does not exist is refused', () => {
  assert.throws(() => calendar.isWorkingDay('2023-02-29'), RangeError)
})

test('a calendar built from its own holiday list treats those dates as closed', () => {
  const custom = new WorkingDayCalendar({ holidays: ['2024-06-12'], firstYear: 2024, lastYear: 2024 })
  assert.equal(custom.isWorkingDay('2024-06-12'), false)
  assert.equal(custom.isWorkingDay('2024-05-27'), true) // not in its list
  assert.equal(custom.addWorkingDays('2024-06-11', 1), '2024-06-13')
})

test('a calendar refuses a holiday outside its own years', () => {
  assert.throws(
    () => new WorkingDayCalendar({ holidays: ['2031-01-01'], firstYear: 2024, lastYear: 2030 }),
    RangeError,
  )
})
