import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { londonDate } from './dates.ts'

const TIME_ZONE_DATABASE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

test('the London date changes with summer time at 01:00 UTC on the last Sundays of March and October', () => {
  // 2024: summer time from 31 March 01:00 UTC to 27 October 01:00 UTC.
  assert.equal(londonDate(new Date('2024-03-30T23:59:59.999Z')), '2024-03-30')
  assert.equal(londonDate(new Date('2024-06-30T22:59:59.999Z')), '2024-06-30')
  assert.equal(londonDate(new Date('2024-06-30T23:00:00.000Z')), '2024-07-01')
  assert.equal(londonDate(new Date('2024-10-26T23:00:00.000Z')), '2024-10-27') // still BST
  assert.equal(londonDate(new Date('2024-10-27T23:00:00.000Z')), '2024-10-27') // GMT again
  assert.equal(londonDate(new Date('2024-12-31T23:59:59.999Z')), '2024-12-31')
})

test('the London date agrees with the time-zone database at every hour either side of each change', () => {
  for (let year = 1996; year <= 2040; year++) {
    for (const month of [2, 9]) {
      for (let day = 20; day <= 31; day++) {
        for (let hour = -1; hour <= 25; hour++) {
          for (const ms of [-1, 0]) {
            const instant = new Date(Date.UTC(year, month, day, hour) + ms)
            assert.equal(londonDate(instant), TIME_ZONE_DATABASE.format(instant), instant.toISOString())
          }
        }
      }
    }
  }
})

test('the London date agrees with the time-zone database at any instant', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
      (instant) => {
        assert.equal(londonDate(instant), TIME_ZONE_DATABASE.format(instant))
      },
    ),
    { numRuns: 5000 },
  )
})
