import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { TIMESCALE_RULES } from '../timescales/timescale-rules.ts'
import { cinReviewDue } from './cin-review-timescale.ts'

describe('child in need plan review timescale', () => {
  it('is due 3 months after the plan starts when there has been no review', () => {
    assert.equal(cinReviewDue('2026-08-10', null), '2026-11-10')
  })
  it('runs from the last review once one is held', () => {
    assert.equal(cinReviewDue('2026-08-10', '2026-10-01'), '2027-01-01')
  })
  it('ends at the end of a shorter month', () => {
    assert.equal(cinReviewDue('2026-11-30', null), '2027-02-28')
  })
  it('counts the interval declared in the timescale rules', () => {
    assert.equal(TIMESCALE_RULES['cin-review-first'].interval.count, 3)
    assert.equal(cinReviewDue('2026-01-15', null), '2026-04-15')
  })
})
