import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { screeningSchema } from './schema.ts'

const schema = screeningSchema([5])
const valid = { thresholdLevel: '4', criteria: ['ABUSE', 'DA'], outcome: 'strategy_discussion', rationale: 'Disclosure of harm', primaryNeed: 'N1', teamId: '5' }
const first = (body: Record<string, unknown>) => {
  const r = schema.safeParse(body)
  return r.success ? undefined : `${r.error.issues[0]?.path.join('-')}: ${r.error.issues[0]?.message}`
}

describe('screening schema', () => {
  it('accepts a strategy discussion decision', () => {
    const data = schema.parse(valid)
    assert.equal(data.thresholdLevel, 4)
    assert.deepEqual(data.criteria, ['ABUSE', 'DA'])
    assert.equal(data.teamId, 5)
  })
  it('accepts a single criterion given as a string', () => {
    assert.deepEqual(schema.parse({ ...valid, criteria: 'ABUSE' }).criteria, ['ABUSE'])
  })
  it('asks for the criteria used', () => {
    assert.equal(first({ ...valid, criteria: undefined }), 'criteria: Select the threshold criteria you used')
  })
  it('needs a primary need for a referral', () => {
    assert.equal(first({ ...valid, outcome: 'referral', primaryNeed: '' }), 'primaryNeed: Select the child’s primary need')
  })
  it('needs a team for early help', () => {
    assert.equal(first({ ...valid, thresholdLevel: '2', outcome: 'early_help', teamId: '' }), 'teamId: Select the team the work goes to')
  })
  it('does not need a team or need for advice', () => {
    assert.equal(first({ thresholdLevel: '1', criteria: ['UNIV'], outcome: 'advice', rationale: 'Advice given' }), undefined)
  })
  it('refuses a referral at threshold level 2', () => {
    assert.equal(first({ ...valid, thresholdLevel: '2', outcome: 'referral' }), 'thresholdLevel: A referral to social care needs threshold level 3 or 4')
  })
  it('asks for the threshold level', () => {
    assert.equal(first({ ...valid, thresholdLevel: undefined }), 'thresholdLevel: Select the threshold level')
  })
})
