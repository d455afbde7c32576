import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { closeCaseSchema } from './schema.ts'

const schema = closeCaseSchema({ today: '2026-11-23', notBefore: '2026-11-02', notBeforeLabel: 'the referral date' })
const d = (day: string) => ({ 'closureDate-day': day, 'closureDate-month': '11', 'closureDate-year': '2026' })

describe('close case schema', () => {
  it('reads the date and the census closure reason', () => {
    assert.deepEqual(schema.parse({ ...d('20'), reason: 'RC7' }), { closureDate: '2026-11-20', reason: 'RC7' })
  })
  it('asks for the reason', () => {
    assert.equal(schema.safeParse(d('20')).error?.issues[0]?.message, 'Select the reason the case closed')
  })
  it('refuses a reason that is not a closure reason', () => {
    assert.equal(schema.safeParse({ ...d('20'), reason: 'RC99' }).error?.issues[0]?.message, 'Select the reason the case closed')
  })
  it('refuses a closure before the referral', () => {
    assert.equal(schema.safeParse({ ...d('1'), reason: 'RC7' }).error?.issues[0]?.message, 'Date the case closed must be on or after the referral date')
  })
  it('refuses a closure in the future', () => {
    assert.equal(schema.safeParse({ ...d('24'), reason: 'RC7' }).error?.issues[0]?.message, 'Date the case closed must be today or in the past')
  })
})
