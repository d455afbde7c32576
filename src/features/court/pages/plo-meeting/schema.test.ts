import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ploMeetingSchema } from './schema.ts'

const d = (day: string) => ({ 'meetingDate-day': day, 'meetingDate-month': '11', 'meetingDate-year': '2026' })
const notStarted = ploMeetingSchema({ today: '2026-11-23', referralDate: '2026-10-01', ploStart: null, lastMeeting: null })
const underWay = ploMeetingSchema({ today: '2026-11-23', referralDate: '2026-10-01', ploStart: '2026-11-02', lastMeeting: '2026-11-10' })
const messages = (schema: typeof notStarted, input: Record<string, string>) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? []

describe('pre-proceedings meeting schema', () => {
  it('reads an initial meeting', () => {
    assert.deepEqual(notStarted.parse({ kind: 'initial', ...d('2'), outcome: 'continue_pre_proceedings' }), { kind: 'initial', meetingDate: '2026-11-02', outcome: 'continue_pre_proceedings' })
  })
  it('needs an initial meeting before a review', () => {
    assert.deepEqual(messages(notStarted, { kind: 'review', ...d('2'), outcome: 'continue_pre_proceedings' }), ['Record the initial pre-proceedings meeting first'])
  })
  it('refuses a second initial meeting', () => {
    assert.deepEqual(messages(underWay, { kind: 'initial', ...d('20'), outcome: 'continue_pre_proceedings' }), ['Pre-proceedings have already started: select a review or exit meeting'])
  })
  it('refuses a meeting before the last one', () => {
    assert.deepEqual(messages(underWay, { kind: 'review', ...d('9'), outcome: 'continue_pre_proceedings' }), ['Date of the meeting must be on or after the last pre-proceedings meeting'])
  })
  it('does not let an exit meeting continue pre-proceedings', () => {
    assert.deepEqual(messages(underWay, { kind: 'exit', ...d('20'), outcome: 'continue_pre_proceedings' }), ['An exit meeting ends pre-proceedings: select how they ended'])
  })
  it('asks for the kind and the outcome', () => {
    assert.deepEqual(messages(notStarted, d('2')), ['Select the kind of meeting', 'Select the outcome of the meeting'])
  })
})
