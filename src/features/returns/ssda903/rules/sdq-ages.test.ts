// Rules 189 and 197B on the day a young person turns 17: on the first day of the year they are 17
// at its start, so an SDQ is not reported (189) and none is asked for (197B); a day later it is.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cleanReturn, rowOf, type Fixture } from '../testing/clean-return.ts'
import { findingsOf } from '../testing/rule-cases.ts'

/** C5 is in the OC2 cohort; give them a birthday and no SDQ score or reason. */
function turning17On(day: number): Fixture {
  const fixture = cleanReturn(2025)
  const dob = `${String(day).padStart(2, '0')}/04/${fixture.year - 1 - 17}`
  Object.assign(rowOf(fixture.current, 'Header', 'C5'), { DOB: dob })
  Object.assign(rowOf(fixture.current, 'OC2', 'C5'), { DOB: dob, SDQ_SCORE: '', SDQ_REASON: '' })
  return fixture
}

describe('903 rules: the SDQ for a young person turning 17', () => {
  it('asks for no SDQ when the 17th birthday is the first day of the year, as rule 189 forbids one', () => {
    const fixture = turning17On(1)
    assert.deepEqual(findingsOf('197B', fixture), [])
    assert.deepEqual(findingsOf('189', fixture), [])
  })

  it('asks for an SDQ score or reason when the 17th birthday is later in the year', () => {
    const found = findingsOf('197B', turning17On(2))
    assert.equal(found.length, 1)
    assert.equal(found[0]?.child, 'C5')
  })
})
