import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { claReviewSchema } from './schema.ts'

const schema = claReviewSchema({ today: '2026-11-23', periodStart: '2026-10-01' })
const d = { 'heldDate-day': '27', 'heldDate-month': '10', 'heldDate-year': '2026' }

describe('looked-after review schema', () => {
  it('gives the held date and the SSDA903 participation code', () => {
    assert.deepEqual(schema.parse({ ...d, participation: 'PN0' }), {
      heldDate: '2026-10-27',
      participation: 'PN0',
    })
  })
  it('refuses a participation code outside PN0 to PN7', () => {
    assert.equal(
      schema.safeParse({ ...d, participation: 'PN8' }).error?.issues[0]?.message,
      'Select how the child took part in the review',
    )
  })
  it('refuses a review before the child became looked after', () => {
    assert.equal(
      schema.safeParse({ ...d, 'heldDate-month': '9', participation: 'PN1' }).error?.issues[0]?.message,
      'Date of the review must be on or after the date the child became looked after',
    )
  })
  it('says which part of the date is missing', () => {
    assert.equal(
      schema.safeParse({ ...d, 'heldDate-month': '', participation: 'PN1' }).error?.issues[0]?.message,
      'Date of the review must include a month',
    )
  })
})
