import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { closureBlockers } from './closure-blockers.ts'

describe('what must end before a case closes', () => {
  it('lets a case close with no plan or period of care open', () => {
    assert.deepEqual(closureBlockers({ openCpPlan: false, openPeriodOfCare: false }), [])
  })
  it('names the child protection plan', () => {
    assert.match(closureBlockers({ openCpPlan: true, openPeriodOfCare: false }).join(' '), /End the child protection plan first/)
  })
  it('names both, plan first', () => {
    const blockers = closureBlockers({ openCpPlan: true, openPeriodOfCare: true })
    assert.equal(blockers.length, 2)
    assert.match(blockers[1] ?? '', /period of care/)
  })
})
