import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatPublishedCount, suppressBreakdown, suppressSmallNumbers } from './small-numbers.ts'

describe('suppressSmallNumbers', () => {
  for (const value of [0, 1, 2, 3, 4]) {
    it(`suppresses ${value}, which is under 5`, () => {
      assert.deepEqual(suppressSmallNumbers(value), { suppressed: true })
    })
  }
  it('publishes 5 and above', () => {
    assert.deepEqual(suppressSmallNumbers(5), { suppressed: false, value: 5 })
    assert.deepEqual(suppressSmallNumbers(1234), { suppressed: false, value: 1234 })
  })
  it('refuses a negative count rather than publishing it', () => {
    assert.throws(() => suppressSmallNumbers(-1), RangeError)
  })
  it('shows a suppressed count as "c" and others with thousands separators', () => {
    assert.equal(formatPublishedCount(suppressSmallNumbers(3)), 'c')
    assert.equal(formatPublishedCount(suppressSmallNumbers(12345)), '12,345')
  })
})

describe('suppressBreakdown', () => {
  it('hides the next smallest cell when only one is small, so the total cannot reveal it', () => {
    const cells = suppressBreakdown([40, 3, 12, 25])
    assert.deepEqual(
      cells.map((c) => c.suppressed),
      [false, true, true, false],
    )
  })
  it('leaves a breakdown alone when two or more cells are already hidden', () => {
    assert.deepEqual(
      suppressBreakdown([2, 3, 50]).map((c) => c.suppressed),
      [true, true, false],
    )
  })
  it('hides nothing when every cell is 5 or more', () => {
    assert.ok(suppressBreakdown([5, 6, 7]).every((c) => !c.suppressed))
  })
})
