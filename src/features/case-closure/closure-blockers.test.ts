import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { cannotCloseYet, closureBlockers } from './closure-blockers.ts'

describe('what must end before a case closes', () => {
  it('lets a case close with no plan or period of care open', () => {
    assert.deepEqual(closureBlockers({ openCpPlan: false, openPeriodOfCare: false }), [])
  })
  it('names the child protection plan, ended at a review conference', () => {
    const [blocker] = closureBlockers({ openCpPlan: true, openPeriodOfCare: false })
    assert.match(blocker?.text ?? '', /End the child protection plan first/)
    assert.equal(blocker?.endedBy, 'cp-review')
  })
  it('names both, plan first', () => {
    const blockers = closureBlockers({ openCpPlan: true, openPeriodOfCare: true })
    assert.deepEqual(blockers.map((b) => b.endedBy), ['cp-review', 'leave-care'])
    assert.match(blockers[1]?.text ?? '', /period of care/)
  })
})

describe('the page shown instead of the closure form', () => {
  const blockers = closureBlockers({ openCpPlan: true, openPeriodOfCare: true })
  it('is a conflict titled for why the case cannot close, not as a changed record', () => {
    const error = cannotCloseYet(7, blockers, () => true)
    assert.equal(error.kind, 'conflict')
    assert.equal(error.guidance?.title, 'You cannot close this case yet')
    assert.deepEqual(error.guidance?.back, { href: '/children/7', text: 'Go back to the child’s record' })
  })
  it('links each blocker to the step that ends it', () => {
    const reasons = cannotCloseYet(7, blockers, () => true).guidance?.reasons ?? []
    assert.deepEqual(reasons.map((r) => r.action), [
      { href: '/children/7/record/cp-review', text: 'Record a child protection review conference' },
      { href: '/children/7/record/leave-care', text: 'Record that the child stopped being looked after' },
    ])
  })
  it('offers no link to a step the workflow does not offer the user', () => {
    const reasons = cannotCloseYet(7, blockers, (step) => step === 'leave-care').guidance?.reasons ?? []
    assert.deepEqual(reasons.map((r) => r.action?.href), [undefined, '/children/7/record/leave-care'])
  })
})
