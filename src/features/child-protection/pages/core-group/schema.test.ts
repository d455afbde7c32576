import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { coreGroupSchema } from './schema.ts'

const schema = coreGroupSchema({ today: '2026-11-23', planStart: '2026-11-02' })
const d = (day: string) => ({ 'heldDate-day': day, 'heldDate-month': '11', 'heldDate-year': '2026' })

describe('core group schema', () => {
  it('reads the date of the meeting', () => {
    assert.deepEqual(schema.parse(d('13')), { heldDate: '2026-11-13' })
  })
  it('refuses a meeting before the plan started', () => {
    assert.equal(schema.safeParse(d('1')).error?.issues[0]?.message, 'Date of the core group meeting must be on or after the start of the plan')
  })
  it('refuses a meeting in the future', () => {
    assert.equal(schema.safeParse(d('24')).error?.issues[0]?.message, 'Date of the core group meeting must be today or in the past')
  })
  it('says which part of the date is missing', () => {
    assert.equal(schema.safeParse({ 'heldDate-day': '13', 'heldDate-month': '', 'heldDate-year': '2026' }).error?.issues[0]?.message, 'Date of the core group meeting must include a month')
  })
})
