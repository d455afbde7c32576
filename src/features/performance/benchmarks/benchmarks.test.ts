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

  it('averages the neighbours (a calculation) and ranks the authority among English LAs', () => {
    const comparison = compare({ measure: 'cla_31_march_rate_per_10000' }, 2025, '2021', {
      polarity: 'contextual',
      unit: 'rate',
    })
    assert.equal(comparison.neighbours?.calculated, true)
    assert.equal(comparison.neighbourCount, 10)
    assert.ok(comparison.england && !comparison.england.calculated)
    // 151 LAs published a 2025 rate; 145 are below Middlesbrough's 138: rank 146, ceil(584 / 151) = 4.
    assert.deepEqual(comparison.rank, {
      rank: 146,
      of: 151,
      quartile: 4,
      firstIs: 'lowest',
      among: 'English local authorities',
    })
  })

  it('ranks a lower-is-better measure with the lowest first', () => {
    // Re-referrals 2025: 153 LAs, 133 below Middlesbrough's 25.3%: rank 134, ceil(536 / 153) = 4.
    const rereferrals = compare({ measure: 'rereferrals_within_12_months_percent' }, 2025, '2025', {
      polarity: 'lower',
      unit: 'percent',
    })
    assert.deepEqual(
      [rereferrals.rank?.rank, rereferrals.rank?.of, rereferrals.rank?.quartile],
      [134, 153, 4],
    )
    // Second or subsequent plans 2025: 98 below 26.2%: rank 99 of 153, ceil(396 / 153) = 3.
    const repeat = compare({ measure: 'cpp_second_or_subsequent_percent' }, 2025, '2025', {
      polarity: 'lower',
      unit: 'percent',
    })
    assert.deepEqual([repeat.rank?.rank, repeat.rank?.of, repeat.rank?.quartile], [99, 153, 3])
  })

  it('reads the same figures the other way round when higher is better', () => {
    // 19 LAs are above 25.3%, so with the highest first Middlesbrough is 20th: ceil(80 / 153) = 1.
    const flipped = compare({ measure: 'rereferrals_within_12_months_percent' }, 2025, '2025', {
      polarity: 'higher',
      unit: 'percent',
    })
    assert.deepEqual([flipped.rank?.rank, flipped.rank?.quartile, flipped.rank?.firstIs], [20, 1, 'highest'])
  })

  it('does not rank a plain count, which measures the size of the authority', () => {
    const count = compare({ measure: 'cla_31_march_count' }, 2025, '2025', {
      polarity: 'lower',
      unit: 'count',
    })
    assert.equal(count.authority?.value, 493)
    assert.equal(count.rank, null)
  })

  it('falls back to the latest year published', () => {
    assert.equal(latestPublishedYear({ measure: 'cla_31_march_rate_per_10000' }, 2027), 2025)
  })
})
