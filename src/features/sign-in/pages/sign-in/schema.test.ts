import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { safeReturnTo } from './schema.ts'

describe('where sign-in returns to', () => {
  it('keeps a path on this site, with its query', () => {
    assert.equal(safeReturnTo('/children/12?tab=plan'), '/children/12?tab=plan')
  })
  for (const hostile of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/ /x', '']) {
    it(`sends "${hostile}" home instead`, () => {
      assert.equal(safeReturnTo(hostile), '/')
    })
  }
})
