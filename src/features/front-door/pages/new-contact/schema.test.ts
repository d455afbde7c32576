import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { londonInstant, newContactSchema } from './schema.ts'

const valid = { 'receivedDate-day': '23', 'receivedDate-month': '11', 'receivedDate-year': '2026', receivedTime: '09:30', source: '2A', reason: 'Bruise seen at school' }

describe('new contact schema', () => {
  it('turns a London date and time in winter into the same UTC instant', () => {
    assert.equal(newContactSchema('2026-11-23').parse(valid).receivedAt.toISOString(), '2026-11-23T09:30:00.000Z')
  })
  it('takes an hour off a summer time', () => {
    assert.equal(londonInstant('2026-07-01', '09:30').toISOString(), '2026-07-01T08:30:00.000Z')
  })
  it('handles just after midnight in summer time', () => {
    assert.equal(londonInstant('2026-07-01', '00:15').toISOString(), '2026-06-30T23:15:00.000Z')
  })
  it('asks for a reason', () => {
    const r = newContactSchema('2026-11-23').safeParse({ ...valid, reason: '  ' })
    assert.equal(r.error?.issues[0]?.message, 'Enter the reason for the contact')
  })
  it('refuses a time that is not a time', () => {
    const r = newContactSchema('2026-11-23').safeParse({ ...valid, receivedTime: '25:00' })
    assert.equal(r.error?.issues[0]?.message, 'Enter the time received in 24-hour format, like 09:30')
  })
  it('refuses an unknown source code', () => {
    const r = newContactSchema('2026-11-23').safeParse({ ...valid, source: 'ZZ' })
    assert.equal(r.error?.issues[0]?.path[0], 'source')
  })
  it('keeps the reason exactly as typed', () => {
    assert.equal(newContactSchema('2026-11-23').parse({ ...valid, reason: ' Mum said: "not again" ' }).reason, ' Mum said: "not again" ')
  })
})
