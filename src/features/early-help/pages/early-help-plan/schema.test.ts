import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { earlyHelpPlanSchema } from './schema.ts'

const schema = earlyHelpPlanSchema({ today: '2026-11-23', episodeStart: '2026-11-02' })
const d = (name: string, day: string) => ({ [`${name}-day`]: day, [`${name}-month`]: '11', [`${name}-year`]: '2026' })

describe('early help assessment and family plan schema', () => {
  it('reads both dates', () => {
    assert.deepEqual(schema.parse({ ...d('assessmentDate', '10'), ...d('planDate', '16') }), { assessmentDate: '2026-11-10', planDate: '2026-11-16' })
  })
  it('refuses an assessment before the episode started', () => {
    const r = schema.safeParse({ ...d('assessmentDate', '1'), ...d('planDate', '16') })
    assert.equal(r.error?.issues[0]?.message, 'Date of the early help assessment must be on or after the start of the early help episode')
  })
  it('refuses a plan agreed before the assessment, pointing at the plan date', () => {
    const r = schema.safeParse({ ...d('assessmentDate', '10'), ...d('planDate', '9') })
    assert.deepEqual(r.error?.issues[0]?.path, ['planDate', 'day'])
    assert.equal(r.error?.issues[0]?.message, 'Date the family plan was agreed must be on or after the date of the early help assessment')
  })
  it('asks for the plan date', () => {
    assert.equal(schema.safeParse(d('assessmentDate', '10')).error?.issues[0]?.message, 'Enter the date the family plan was agreed')
  })
})
