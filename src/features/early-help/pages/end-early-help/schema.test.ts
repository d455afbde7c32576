import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { endEarlyHelpSchema } from './schema.ts'

const schema = endEarlyHelpSchema({ today: '2026-11-23', notBefore: '2026-11-10', notBeforeLabel: 'the date of the last early help review' })
const d = (day: string) => ({ 'endDate-day': day, 'endDate-month': '11', 'endDate-year': '2026' })

describe('end early help episode schema', () => {
  it('reads the end date and reason', () => {
    assert.deepEqual(schema.parse({ ...d('20'), endReason: 'outcomes_met' }), { endDate: '2026-11-20', endReason: 'outcomes_met' })
  })
  it('leaves stepping up to its own step', () => {
    assert.equal(schema.safeParse({ ...d('20'), endReason: 'stepped_up' }).error?.issues[0]?.message, 'Select why the early help episode ended')
  })
  it('refuses an end before the last review', () => {
    assert.equal(schema.safeParse({ ...d('9'), endReason: 'nfa' }).error?.issues[0]?.message, 'End date must be on or after the date of the last early help review')
  })
  it('refuses an end in the future', () => {
    assert.equal(schema.safeParse({ ...d('24'), endReason: 'nfa' }).error?.issues[0]?.message, 'End date must be today or in the past')
  })
})
