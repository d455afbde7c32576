import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { breakGlassSchema } from './schema.ts'

const messages = (input: Record<string, string>) => {
  const result = breakGlassSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('break-glass form', () => {
  it('asks for the number and the reason when both are empty', () => {
    assert.deepEqual(messages({ childId: '', reason: '  ' }), [
      'childId: Enter the child’s Sightline number',
      'reason: Enter why you need emergency access to this record',
    ])
  })
  it('refuses a number that is not a whole positive number', () => {
    for (const childId of ['abc', '0', '-4', '1.5', '99999999999']) {
      assert.deepEqual(messages({ childId, reason: 'Police at the door out of hours' }), ['childId: Sightline number must be a number, like 10234'])
    }
  })
  it('refuses a reason under 10 characters', () => {
    assert.deepEqual(messages({ childId: '12', reason: 'urgent' }), ['reason: Reason must be 10 characters or more'])
  })
  it('keeps the reason exactly as typed', () => {
    const reason = "  O'Brien <b>said</b> '; drop table child; --  "
    const result = breakGlassSchema.parse({ childId: ' 12 ', reason })
    assert.deepEqual(result, { childId: 12, reason })
  })
})
