import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cinReviewSchema } from './schema.ts'

const d = (day: string, month = '11') => ({ 'heldDate-day': day, 'heldDate-month': month, 'heldDate-year': '2026' })

describe('child in need plan review schema', () => {
  const first = cinReviewSchema({ today: '2026-11-23', planStart: '2026-09-01', lastReview: null })
  const later = cinReviewSchema({ today: '2026-11-23', planStart: '2026-09-01', lastReview: '2026-11-01' })
  it('reads the date of the review', () => {
    assert.deepEqual(first.parse(d('20')), { heldDate: '2026-11-20' })
  })
  it('refuses a first review before the plan started', () => {
    assert.equal(first.safeParse(d('31', '8')).error?.issues[0]?.message, 'Date of the review must be on or after the start of the plan')
  })
  it('refuses a review before the last review', () => {
    assert.equal(later.safeParse(d('31', '10')).error?.issues[0]?.message, 'Date of the review must be on or after the date of the last review')
  })
  it('refuses a review in the future', () => {
    assert.equal(first.safeParse(d('24')).error?.issues[0]?.message, 'Date of the review must be today or in the past')
  })
  it('asks for the date of the review', () => {
    assert.equal(first.safeParse({}).error?.issues[0]?.message, 'Enter the date of the review')
  })
})
