import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { chronologyFilterSchema } from './schema.ts'

describe('chronology filter schema', () => {
  it('treats no filter as every kind', () => {
    assert.deepEqual(chronologyFilterSchema.parse({}).kind, [])
  })
  it('accepts one kind given as a single value', () => {
    assert.deepEqual(chronologyFilterSchema.parse({ kind: 'visit' }).kind, ['visit'])
  })
  it('accepts several kinds', () => {
    assert.deepEqual(chronologyFilterSchema.parse({ kind: ['visit', 'health'] }).kind, ['visit', 'health'])
  })
  it('refuses a kind that is not on the list, in GOV.UK wording', () => {
    const result = chronologyFilterSchema.safeParse({ kind: ['visit', 'sql'] })
    assert.equal(result.success, false)
    assert.equal(result.error?.issues[0]?.message, 'Select a type of event from the list')
  })
})
