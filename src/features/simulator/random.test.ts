import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { hashString, Random } from './random.ts'

describe('Random', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Random(42)
    const b = new Random(42)
    assert.deepEqual(Array.from({ length: 20 }, () => a.uint32()), Array.from({ length: 20 }, () => b.uint32()))
  })

  it('gives different sequences for different seeds', () => {
    assert.notEqual(new Random(1).uint32(), new Random(2).uint32())
  })

  it('keeps the first values of seed 1 fixed, so seeded data never silently changes', () => {
    const rng = new Random(1)
    assert.deepEqual(Array.from({ length: 4 }, () => rng.uint32()), SEED_1_FIRST_VALUES)
  })

  it('draws uniformly in [0, 1)', () => {
    const rng = new Random(7)
    const draws = Array.from({ length: 100_000 }, () => rng.next())
    assert.ok(draws.every((x) => x >= 0 && x < 1))
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length
    assert.ok(Math.abs(mean - 0.5) < 0.005, `mean ${mean}`)
    const deciles = new Array(10).fill(0)
    for (const x of draws) deciles[Math.floor(x * 10)]++
    for (const count of deciles) assert.ok(Math.abs(count - 10_000) < 500, `decile count ${count}`)
  })

  it('keeps integers within their bounds', () => {
    const rng = new Random(3)
    const seen = new Set<number>()
    for (let i = 0; i < 5000; i++) {
      const n = rng.between(2, 5)
      assert.ok(n >= 2 && n <= 5)
      seen.add(n)
    }
    assert.deepEqual([...seen].sort(), [2, 3, 4, 5])
  })

  it('forks independent streams that do not depend on later draws of the parent', () => {
    const a = new Random(9)
    const b = new Random(9)
    const forkA = a.fork('errors')
    const forkB = b.fork('errors')
    a.uint32()
    assert.equal(forkA.uint32(), forkB.uint32())
    assert.notEqual(new Random(9).fork('errors').uint32(), new Random(9).fork('corrections').uint32())
  })

  it('chooses by weight in proportion', () => {
    const rng = new Random(11)
    const counts = [0, 0, 0]
    for (let i = 0; i < 30_000; i++) counts[rng.weightedIndex([1, 2, 7])]!++
    assert.ok(Math.abs(counts[0]! / 30_000 - 0.1) < 0.01)
    assert.ok(Math.abs(counts[2]! / 30_000 - 0.7) < 0.01)
  })

  it('samples without replacement and never picks a zero weight', () => {
    const rng = new Random(5)
    const items = Array.from({ length: 50 }, (_, i) => i)
    const sample = rng.sampleWeighted(items, 20, (i) => (i % 2 === 0 ? 1 : 0))
    assert.equal(sample.length, 20)
    assert.equal(new Set(sample).size, 20)
    assert.ok(sample.every((i) => i % 2 === 0))
  })

  it('rounds fractional counts without bias', () => {
    const rng = new Random(13)
    let total = 0
    for (let i = 0; i < 20_000; i++) total += rng.round(0.3)
    assert.ok(Math.abs(total / 20_000 - 0.3) < 0.01)
  })

  it('hashes labels stably (FNV-1a)', () => {
    assert.equal(hashString(''), 0x811c9dc5)
    assert.equal(hashString('a'), 0xe40c292c)
  })
})

const SEED_1_FIRST_VALUES = [2442144158, 3238099751, 3819917871, 2104621829]
