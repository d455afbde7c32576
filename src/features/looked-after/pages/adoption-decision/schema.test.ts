import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { adoptionDecisionSchema } from './schema.ts'

const schema = adoptionDecisionSchema({ today: '2026-11-23', periodStart: '2026-03-02' })

describe('adoption decision schema', () => {
  it('gives the date of the decision', () => {
    assert.deepEqual(
      schema.parse({ 'decisionDate-day': '1', 'decisionDate-month': '6', 'decisionDate-year': '2026' }),
      { decisionDate: '2026-06-01' },
    )
  })
  it('asks for the date', () => {
    assert.equal(schema.safeParse({}).error?.issues[0]?.message, 'Enter the date of the decision')
  })
  it('refuses a decision in the future', () => {
    assert.equal(
      schema.safeParse({ 'decisionDate-day': '1', 'decisionDate-month': '12', 'decisionDate-year': '2026' })
        .error?.issues[0]?.message,
      'Date of the decision must be today or in the past',
    )
  })
})
