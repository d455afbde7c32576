import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { healthCheckSchema } from './schema.ts'

const schema = healthCheckSchema({ today: '2026-11-23', periodStart: '2026-03-02' })
const d = { 'doneDate-day': '1', 'doneDate-month': '4', 'doneDate-year': '2026' }

describe('health check schema', () => {
  it('gives the kind, date and outcome', () => {
    assert.deepEqual(schema.parse({ ...d, kind: 'review_health', status: 'completed' }), {
      kind: 'review_health',
      doneDate: '2026-04-01',
      status: 'completed',
    })
  })
  it('asks for the outcome', () => {
    assert.equal(
      schema.safeParse({ ...d, kind: 'dental' }).error?.issues[0]?.message,
      'Select whether it was completed or the child refused',
    )
  })
  it('refuses a date before the child became looked after', () => {
    assert.equal(
      schema.safeParse({ ...d, 'doneDate-month': '2', kind: 'dental', status: 'completed' }).error?.issues[0]
        ?.message,
      'Date of the assessment or check must be on or after the date the child became looked after',
    )
  })
})
