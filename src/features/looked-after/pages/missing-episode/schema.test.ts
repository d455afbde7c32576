import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { missingEpisodeSchema } from './schema.ts'

const schema = missingEpisodeSchema({ today: '2026-11-23', periodStart: '2026-03-02' })
const d = { 'startDate-day': '18', 'startDate-month': '11', 'startDate-year': '2026' }

describe('missing episode schema', () => {
  it('records missing (M) or away without authorisation (A)', () => {
    assert.deepEqual(schema.parse({ ...d, kind: 'A' }), { kind: 'A', startDate: '2026-11-18' })
  })
  it('refuses any other kind', () => {
    assert.equal(
      schema.safeParse({ ...d, kind: 'X' }).error?.issues[0]?.message,
      'Select whether the child was missing or away without authorisation',
    )
  })
  it('refuses a start before the period of care or in the future', () => {
    assert.equal(
      schema.safeParse({ ...d, 'startDate-month': '1', kind: 'M' }).error?.issues[0]?.message,
      'Date the child went missing must be on or after the date the child became looked after',
    )
    assert.equal(
      schema.safeParse({ ...d, 'startDate-day': '30', kind: 'M' }).error?.issues[0]?.message,
      'Date the child went missing must be today or in the past',
    )
  })
})
