import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { claVisitSchema } from './schema.ts'

const schema = claVisitSchema({ today: '2026-11-23', periodStart: '2026-03-02' })
const d = { 'visitDate-day': '20', 'visitDate-month': '11', 'visitDate-year': '2026' }

describe('statutory visit schema', () => {
  it('records a visit where the child was seen alone', () => {
    assert.deepEqual(schema.parse({ ...d, seen: 'yes', seenAlone: 'yes' }), {
      visitDate: '2026-11-20',
      seen: true,
      seenAlone: true,
    })
  })
  it('never records a child who was not seen as seen alone', () => {
    assert.equal(schema.parse({ ...d, seen: 'no', seenAlone: 'yes' }).seenAlone, false)
  })
  it('asks whether the child was seen, and then whether alone', () => {
    assert.equal(schema.safeParse(d).error?.issues[0]?.message, 'Select whether the child was seen')
    assert.equal(
      schema.safeParse({ ...d, seen: 'yes' }).error?.issues[0]?.message,
      'Select whether the child was seen alone',
    )
  })
  it('refuses a visit before the child became looked after, or in the future', () => {
    assert.equal(
      schema.safeParse({ ...d, 'visitDate-month': '2', seen: 'no' }).error?.issues[0]?.message,
      'Date of the visit must be on or after the date the child became looked after',
    )
    assert.equal(
      schema.safeParse({ ...d, 'visitDate-day': '24', seen: 'no' }).error?.issues[0]?.message,
      'Date of the visit must be today or in the past',
    )
  })
})
