import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { stepUpSchema } from './schema.ts'

const d = (day: string) => ({ 'stepUpDate-day': day, 'stepUpDate-month': '11', 'stepUpDate-year': '2026' })
const ctx = { today: '2026-11-23', notBefore: '2026-10-01', notBeforeLabel: 'the start of the early help episode' }

describe('step up schema', () => {
  it('asks for the primary need when a referral is made', () => {
    const r = stepUpSchema({ ...ctx, makesReferral: true }).safeParse({ ...d('20'), reason: 'Injuries seen at nursery' })
    assert.deepEqual(r.error?.issues.map((i) => [i.path.join('-'), i.message]), [['primaryNeed', 'Select the child’s primary need']])
  })
  it('reports every error of an empty form at once, in the order of the form', () => {
    const r = stepUpSchema({ ...ctx, makesReferral: true }).safeParse({})
    assert.deepEqual(r.error?.issues.map((i) => [i.path.join('-'), i.message]), [
      ['stepUpDate-day', 'Enter the date of the step up'],
      ['primaryNeed', 'Select the child’s primary need'],
      ['reason', 'Enter why the child needs children’s social care'],
    ])
  })
  it('reports a missing primary need beside a date before the episode started', () => {
    const r = stepUpSchema({ ...ctx, makesReferral: true }).safeParse({ 'stepUpDate-day': '30', 'stepUpDate-month': '9', 'stepUpDate-year': '2026', reason: 'x' })
    assert.deepEqual(r.error?.issues.map((i) => i.path.join('-')), ['stepUpDate-day', 'primaryNeed'])
  })
  it('refuses a primary need that is not a category of need code', () => {
    const r = stepUpSchema({ ...ctx, makesReferral: true }).safeParse({ ...d('20'), primaryNeed: 'N99', reason: 'Injuries' })
    assert.deepEqual(r.error?.issues.map((i) => i.path.join('-')), ['primaryNeed'])
  })
  it('reads the step up with a primary need', () => {
    assert.deepEqual(stepUpSchema({ ...ctx, makesReferral: true }).parse({ ...d('20'), primaryNeed: 'N1', reason: 'Injuries' }), { stepUpDate: '2026-11-20', primaryNeed: 'N1', reason: 'Injuries' })
  })
  it('needs no primary need when a referral is already open', () => {
    assert.equal(stepUpSchema({ ...ctx, makesReferral: false }).safeParse({ ...d('20'), reason: 'Injuries' }).success, true)
  })
  it('refuses a step up before the episode started', () => {
    const r = stepUpSchema({ ...ctx, makesReferral: false }).safeParse({ 'stepUpDate-day': '30', 'stepUpDate-month': '9', 'stepUpDate-year': '2026', reason: 'x' })
    assert.equal(r.error?.issues[0]?.message, 'Date of the step up must be on or after the start of the early help episode')
  })
  it('asks why', () => {
    assert.equal(stepUpSchema({ ...ctx, makesReferral: false }).safeParse(d('20')).error?.issues[0]?.message, 'Enter why the child needs children’s social care')
  })
})
