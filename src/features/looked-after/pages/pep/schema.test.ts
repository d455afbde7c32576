import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { pepSchema } from './schema.ts'

const schema = pepSchema({ today: '2026-11-23', periodStart: '2026-03-02' })

describe('personal education plan schema', () => {
  it('gives the plan date', () => {
    assert.deepEqual(schema.parse({ 'planDate-day': '12', 'planDate-month': '3', 'planDate-year': '2026' }), {
      planDate: '2026-03-12',
    })
  })
  it('refuses a plan before the child became looked after', () => {
    assert.equal(
      schema.safeParse({ 'planDate-day': '1', 'planDate-month': '3', 'planDate-year': '2026' }).error
        ?.issues[0]?.message,
      'Date of the personal education plan must be on or after the date the child became looked after',
    )
  })
  it('refuses a date that is not real', () => {
    assert.equal(
      schema.safeParse({ 'planDate-day': '30', 'planDate-month': '2', 'planDate-year': '2026' }).error
        ?.issues[0]?.message,
      'Date of the personal education plan must be a real date',
    )
  })
})
