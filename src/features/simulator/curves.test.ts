import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { placementShares, planStarts, valueOn, yearlyFlow } from './curves.ts'
import { CLA_STOCK } from './targets.ts'

describe('target curves', () => {
  it('passes through the published points and joins them with straight lines', () => {
    assert.equal(valueOn(CLA_STOCK, '2020-09-30'), 689)
    assert.equal(valueOn(CLA_STOCK, '2016-01-01'), 382)
    const between = valueOn(CLA_STOCK, '2020-09-15')
    assert.ok(between > 689 && between < 702)
  })

  it('reads the authority’s yearly figures from the shipped DfE file', () => {
    assert.equal(yearlyFlow('referrals_count', 2021), 4429)
    assert.equal(yearlyFlow('cpp_second_or_subsequent_percent', 2023), 30.1)
    assert.equal(yearlyFlow('cla_started_during_year_count', 2040), yearlyFlow('cla_started_during_year_count', 2025))
  })

  it('plans starts that meet the year’s total and let the stock climb', () => {
    const plan = planStarts(120, 12, 100, (i) => 100 + (i < 6 ? 10 * (i + 1) : 60), () => 2)
    assert.ok(Math.abs(plan.reduce((a, b) => a + b, 0) - 120) < 1e-9)
    for (let i = 0; i < 6; i++) assert.ok((plan[i] as number) >= 12)
  })

  it('gives placement shares that sum to one', () => {
    const shares = placementShares('2020-12-31')
    assert.ok(Math.abs(Object.values(shares).reduce((a, b) => a + b, 0) - 1) < 1e-9)
  })
})
