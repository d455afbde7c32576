import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { narrativeSchema } from './schema.ts'

describe('the narrative form', () => {
  it('keeps what was typed, trimmed at the ends only', () => {
    assert.deepEqual(
      narrativeSchema.parse({ body: '  Fewer children came into care; “step-down” worked.  ' }),
      { body: 'Fewer children came into care; “step-down” worked.' },
    )
  })

  it('asks for a narrative when it is empty', () => {
    const result = narrativeSchema.safeParse({ body: '   ' })
    assert.equal(result.success, false)
    assert.equal(result.error?.issues[0]?.message, 'Enter the narrative')
  })

  it('refuses more than 1,000 characters', () => {
    assert.equal(narrativeSchema.safeParse({ body: 'x'.repeat(1001) }).success, false)
  })
})
