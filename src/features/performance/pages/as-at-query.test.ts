import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseAsAtQuery } from './as-at-query.ts'

describe('the as-at query', () => {
  it('accepts a real date and a mode', () => {
    assert.deepEqual(parseAsAtQuery({ asAt: '2025-03-31', mode: 'now' }), {
      ok: true,
      value: { date: '2025-03-31', mode: 'now' },
    })
  })

  it('treats an empty date as today', () => {
    assert.deepEqual(parseAsAtQuery({ asAt: '' }), { ok: true, value: { date: undefined, mode: undefined } })
  })

  it('refuses a date that does not exist, in GOV.UK wording, keyed to the field', () => {
    const result = parseAsAtQuery({ asAt: '2025-02-30' })
    assert.equal(result.ok, false)
    if (!result.ok)
      assert.deepEqual(result.errors, [
        { field: 'asAt', href: '#asAt', text: 'Date must be a real date, for example 2025-03-31' },
      ])
  })

  it('refuses an unknown mode', () => {
    assert.equal(parseAsAtQuery({ mode: 'guess' }).ok, false)
  })
})
