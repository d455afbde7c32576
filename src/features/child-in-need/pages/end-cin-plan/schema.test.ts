import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { endCinPlanSchema } from './schema.ts'

const d = (day: string, month = '11') => ({ 'endDate-day': day, 'endDate-month': month, 'endDate-year': '2026' })

describe('end child in need plan schema', () => {
  const schema = endCinPlanSchema({ today: '2026-11-23', planStart: '2026-09-01', lastReview: '2026-11-01' })
  it('reads the end date', () => {
    assert.deepEqual(schema.parse(d('23')), { endDate: '2026-11-23' })
  })
  it('refuses an end before the last review', () => {
    assert.equal(schema.safeParse(d('31', '10')).error?.issues[0]?.message, 'End date of the plan must be on or after the date of the last review')
  })
  it('refuses an end before the start when there was no review', () => {
    const noReview = endCinPlanSchema({ today: '2026-11-23', planStart: '2026-09-01', lastReview: null })
    assert.equal(noReview.safeParse(d('31', '8')).error?.issues[0]?.message, 'End date of the plan must be on or after the start of the plan')
  })
  it('refuses an end in the future', () => {
    assert.equal(schema.safeParse(d('24')).error?.issues[0]?.message, 'End date of the plan must be today or in the past')
  })
})
