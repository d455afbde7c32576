import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { stepDownSchema } from './schema.ts'

const schema = stepDownSchema({ today: '2026-11-23', notBefore: '2026-11-02', notBeforeLabel: 'the referral date' })
const d = (day: string) => ({ 'stepDownDate-day': day, 'stepDownDate-month': '11', 'stepDownDate-year': '2026' })

describe('step down schema', () => {
  it('reads the date and the reason', () => {
    assert.deepEqual(schema.parse({ ...d('20'), reason: 'Routines and school attendance' }), { stepDownDate: '2026-11-20', reason: 'Routines and school attendance' })
  })
  it('refuses a step down before the referral', () => {
    assert.equal(schema.safeParse({ ...d('1'), reason: 'x' }).error?.issues[0]?.message, 'Date of the step down must be on or after the referral date')
  })
  it('refuses a step down in the future', () => {
    assert.equal(schema.safeParse({ ...d('24'), reason: 'x' }).error?.issues[0]?.message, 'Date of the step down must be today or in the past')
  })
  it('asks what early help will do', () => {
    assert.equal(schema.safeParse(d('20')).error?.issues[0]?.message, 'Enter what early help will work on with the family')
  })
})
