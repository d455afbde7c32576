import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { removeEntrySchema } from './schema.ts'

const message = (body: unknown) => removeEntrySchema.safeParse(body).error?.issues[0]?.message

describe('remove an entry schema', () => {
  it('keeps the reason exactly as typed', () => {
    assert.deepEqual(removeEntrySchema.parse({ reason: '  Recorded on the wrong child\n' }), { reason: '  Recorded on the wrong child\n' })
  })
  it('asks for a reason when none or only spaces are given', () => {
    assert.equal(message({}), 'Enter why this entry is being removed')
    assert.equal(message({ reason: '   ' }), 'Enter why this entry is being removed')
  })
  it('refuses a reason longer than 1000 characters', () => {
    assert.equal(message({ reason: 'x'.repeat(1001) }), 'Why this entry is being removed must be 1000 characters or fewer')
    assert.equal(removeEntrySchema.safeParse({ reason: 'x'.repeat(1000) }).success, true)
  })
})
