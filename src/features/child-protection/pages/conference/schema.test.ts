import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { conferenceSchema } from './schema.ts'

const schema = conferenceSchema({ today: '2026-11-23', s47Start: '2026-11-05' })
const d = { 'conferenceDate-day': '20', 'conferenceDate-month': '11', 'conferenceDate-year': '2026' }

describe('conference schema', () => {
  it('makes a plan with a category', () => {
    assert.deepEqual(schema.parse({ ...d, planMade: 'yes', category: 'EMO' }), { conferenceDate: '2026-11-20', planMade: true, category: 'EMO' })
  })
  it('drops a category when no plan was made', () => {
    assert.equal(schema.parse({ ...d, planMade: 'no', category: 'EMO' }).category, null)
  })
  it('refuses a conference before the enquiry started', () => {
    const r = schema.safeParse({ 'conferenceDate-day': '1', 'conferenceDate-month': '11', 'conferenceDate-year': '2026', planMade: 'no' })
    assert.equal(r.error?.issues[0]?.message, 'Date of the conference must be on or after the start of the section 47 enquiry')
  })
  it('asks whether a plan was made', () => {
    assert.equal(schema.safeParse(d).error?.issues[0]?.message, 'Select whether the child is made subject to a child protection plan')
  })
})
