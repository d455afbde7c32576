import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { benchmarkValue, compare, latestPublishedYear, neighbourList } from './benchmarks.ts'

describe('benchmarks from the shipped reference files', () => {
  it('reads Middlesbrough’s published CLA rate for 2025 (138 = 493 / 35,617 × 10,000)', () => {
    const value = benchmarkValue(
      'E06000002',
      { measure: 'cla_31_march_rate_per_10000', countMeasure: 'cla_31_march_count' },
      2025,
    )
    assert.deepEqual([value?.value, value?.calculated], [138, false])
  })

  it('calculates a CP rate from the published count and the previous June’s population, and says so', () => {
    const value = benchmarkValue('E06000002', { countMeasure: 'cpp_31_march_count' }, 2025)
    assert.equal(value?.calculated, true)
    assert.ok(value && value.value > 0)
  })

  it('lists the ten neighbours of each model in rank order', () => {
    assert.equal(neighbourList('2021').length, 10)
    assert.equal(neighbourList('2021')[0]?.name, 'Hartlepool')
    assert.equal(neighbourList('2025')[0]?.name, 'Blackpool')
  })

  it('averages the neighbours (a calculation) and ranks the authority', () => {
    const comparison = compare({ measure: 'cla_31_march_rate_per_10000' }, 2025, '2021')
    assert.equal(comparison.neighbours?.calculated, true)
    assert.equal(comparison.neighbourCount, 10)
    assert.ok(comparison.rank && comparison.rank.rank >= 1 && comparison.rank.rank <= comparison.rank.of)
    assert.ok(comparison.england && !comparison.england.calculated)
  })

  it('falls back to the latest year published', () => {
    assert.equal(latestPublishedYear({ measure: 'cla_31_march_rate_per_10000' }, 2027), 2025)
  })
})
