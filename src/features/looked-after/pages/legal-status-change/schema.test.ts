import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { legalStatusChangeSchema } from './schema.ts'

const schema = legalStatusChangeSchema({ today: '2026-11-23', currentStart: '2026-03-02', currentCode: 'C1' })
const d = (day: string, month: string, year = '2026') => ({
  'startDate-day': day,
  'startDate-month': month,
  'startDate-year': year,
})
const message = (body: Record<string, string>) => schema.safeParse(body).error?.issues[0]?.message

describe('legal status change schema', () => {
  it('gives the date and the new code', () => {
    assert.deepEqual(schema.parse({ ...d('1', '7'), code: 'C2' }), { startDate: '2026-07-01', code: 'C2' })
  })
  it('allows the change on the day the current status started', () => {
    assert.equal(schema.parse({ ...d('2', '3'), code: 'E1' }).startDate, '2026-03-02')
  })
  it('refuses a change before the current status started', () => {
    assert.equal(
      message({ ...d('1', '3'), code: 'C2' }),
      'Date the legal status changed must be on or after the start of the current legal status',
    )
  })
  it('refuses a date in the future', () => {
    assert.equal(
      message({ ...d('1', '1', '2027'), code: 'C2' }),
      'Date the legal status changed must be today or in the past',
    )
  })
  it('refuses an unknown code and the current one', () => {
    assert.equal(message({ ...d('1', '7'), code: 'X9' }), 'Select the new legal status')
    assert.equal(
      message({ ...d('1', '7'), code: 'C1' }),
      'Select a legal status different from the current one',
    )
  })
})
