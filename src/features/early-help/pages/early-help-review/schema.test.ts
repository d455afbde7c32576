import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { earlyHelpReviewSchema } from './schema.ts'

const d = (day: string, month = '11') => ({ 'heldDate-day': day, 'heldDate-month': month, 'heldDate-year': '2026' })

describe('early help review schema', () => {
  const first = earlyHelpReviewSchema({ today: '2026-11-23', planDate: '2026-10-01', lastReview: null })
  it('reads the date, with no notes as empty', () => {
    assert.deepEqual(first.parse(d('12')), { heldDate: '2026-11-12', notes: '' })
  })
  it('refuses a review before the plan was agreed', () => {
    assert.equal(first.safeParse(d('30', '9')).error?.issues[0]?.message, 'Date of the review must be on or after the date the family plan was agreed')
  })
  it('refuses a review before the last one', () => {
    const later = earlyHelpReviewSchema({ today: '2026-11-23', planDate: '2026-10-01', lastReview: '2026-11-10' })
    assert.equal(later.safeParse(d('9')).error?.issues[0]?.message, 'Date of the review must be on or after the date of the last review')
  })
  it('refuses a review in the future', () => {
    assert.equal(first.safeParse(d('24')).error?.issues[0]?.message, 'Date of the review must be today or in the past')
  })
  it('refuses notes that are too long', () => {
    assert.equal(first.safeParse({ ...d('12'), notes: 'x'.repeat(5001) }).error?.issues[0]?.message, 'Must be 5000 characters or fewer')
  })
})
