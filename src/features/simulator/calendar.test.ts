import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays as platformAddDays } from '../../platform/time/dates.ts'
import { addDays, addWorkingDays, monthsBetween, reportingYear, workingDaysBetween, yearBefore } from './calendar.ts'
import { Random } from './random.ts'

describe('simulator calendar', () => {
  it('adds calendar days exactly as the platform does', () => {
    const rng = new Random(4)
    for (let i = 0; i < 2000; i++) {
      const date = platformAddDays('2010-01-01', rng.int(6000))
      const days = rng.between(-800, 800)
      assert.equal(addDays(date, days), platformAddDays(date, days))
    }
  })

  it('skips weekends and bank holidays, counting from day 0', () => {
    assert.equal(addWorkingDays('2020-12-24', 1), '2020-12-29') // Christmas Day and the substitute Boxing Day
    assert.equal(addWorkingDays('2021-04-03', 1), '2021-04-06') // Saturday, then Easter Monday
    assert.equal(addWorkingDays('2019-05-01', 0), '2019-05-01')
    assert.equal(workingDaysBetween('2020-12-24', addWorkingDays('2020-12-24', 15)), 15)
  })

  it('lists months and reporting years', () => {
    assert.deepEqual(monthsBetween('2020-11-15', '2021-02-01'), ['2020-11-01', '2020-12-01', '2021-01-01', '2021-02-01'])
    assert.equal(reportingYear('2020-03-31'), 2020)
    assert.equal(reportingYear('2020-04-01'), 2021)
  })

  it('steps back a year, 29 February to 28 February', () => {
    assert.equal(yearBefore('2020-02-29'), '2019-02-28')
    assert.equal(yearBefore('2021-06-30'), '2020-06-30')
  })
})
