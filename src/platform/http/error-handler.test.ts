import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loggable } from './error-handler.ts'

describe('what an error log line may carry', () => {
  it('keeps the kind, database code and stack frames but not the message, which can quote personal data', () => {
    const error = Object.assign(new Error('invalid input syntax for type integer: "Jayden Smith 14/03/2012"'), { code: '22P02' })
    const logged = loggable(error)
    assert.equal(logged.error, 'Error')
    assert.equal(logged.code, '22P02')
    assert.ok(Array.isArray(logged.frames) && logged.frames.length > 0)
    assert.doesNotMatch(JSON.stringify(logged), /Jayden|2012/)
  })
  it('says only the type of something thrown that is not an Error', () => {
    assert.deepEqual(loggable('Jayden Smith'), { error: 'string' })
  })
})
