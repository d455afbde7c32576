import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { trendDates } from './compute.ts'
import {
  directionOf,
  formatValue,
  isSuppressed,
  linearTrajectory,
  populationYearFor,
  ragFor,
  rankAndQuartile,
  ratePer10000,
  reportingYear,
  valueFor,
} from './transforms.ts'

describe('rates and populations', () => {
  it('gives Middlesbrough’s 2025 CLA rate from 493 children and the mid-2024 population', () => {
    assert.equal(Math.round(ratePer10000(493, 35_617) ?? 0), 138)
  })

  it('uses the previous June’s estimate: mid-2024 for 31 March 2025, mid-2025 from 30 June 2025', () => {
    assert.equal(populationYearFor('2025-03-31'), 2024)
    assert.equal(populationYearFor('2025-06-29'), 2024)
    assert.equal(populationYearFor('2025-06-30'), 2025)
    assert.equal(populationYearFor('2025-11-30'), 2025)
  })

  it('puts 31 March in the year ending that day and 1 April in the next', () => {
    assert.equal(reportingYear('2025-03-31'), 2025)
    assert.equal(reportingYear('2025-04-01'), 2026)
  })

  it('has no rate without a population and no percentage without a denominator', () => {
    assert.equal(ratePer10000(5, 0), null)
    assert.equal(valueFor('percent', { numerator: 0, denominator: 0, meanMeasure: null }, null), null)
  })
})

describe('RAG from polarity and tolerance', () => {
  it('rates higher-is-better: at target green, within tolerance amber, beyond red', () => {
    assert.equal(ragFor('higher', 80, 80, 5), 'green')
    assert.equal(ragFor('higher', 76, 80, 5), 'amber')
    assert.equal(ragFor('higher', 74.9, 80, 5), 'red')
  })

  it('rates lower-is-better the other way round', () => {
    assert.equal(ragFor('lower', 20, 22, 2), 'green')
    assert.equal(ragFor('lower', 24, 22, 2), 'amber')
    assert.equal(ragFor('lower', 24.5, 22, 2), 'red')
  })

  it('never rates a contextual indicator, or one without a target', () => {
    assert.equal(ragFor('contextual', 100, 90, 0), 'not_rated')
    assert.equal(ragFor('higher', 100, null, 0), 'not_rated')
  })
})

describe('direction of travel', () => {
  it('reads a fall as improving when lower is better', () => {
    assert.equal(directionOf('lower', 30, 25, 'percent'), 'improving')
    assert.equal(directionOf('higher', 30, 25, 'percent'), 'worsening')
    assert.equal(directionOf('contextual', 30, 25, 'rate'), 'down')
  })

  it('calls changes lost in rounding no change', () => {
    assert.equal(directionOf('higher', 50.01, 50.04, 'percent'), 'no_change')
  })
})

describe('trajectories', () => {
  it('reproduces the board’s children in care targets: 545 to 416 in three equal steps', () => {
    assert.deepEqual(linearTrajectory(545, 416, 3), [502, 459, 416])
  })

  it('refuses a trajectory of no years', () => {
    assert.throws(() => linearTrajectory(1, 2, 0), RangeError)
  })
})

describe('rank and quartile', () => {
  const eight = [10, 20, 20, 30, 40, 50, 60, 70]

  it('ranks the lowest value first when lower is better, ties sharing the better rank', () => {
    // 20: one value (10) is better, so rank 2, and both 20s are 2nd; quartile ceil(4 × 2 / 8) = 1.
    assert.deepEqual(rankAndQuartile(20, eight, 'lower'), { rank: 2, of: 8, quartile: 1, firstIs: 'lowest' })
    // 30: 10, 20 and 20 are better, so rank 4 (no 3rd after the tie); quartile ceil(16 / 8) = 2.
    assert.deepEqual(rankAndQuartile(30, eight, 'lower'), { rank: 4, of: 8, quartile: 2, firstIs: 'lowest' })
    assert.deepEqual(rankAndQuartile(70, eight, 'lower'), { rank: 8, of: 8, quartile: 4, firstIs: 'lowest' })
  })

  it('ranks the highest value first when higher is better', () => {
    assert.deepEqual(rankAndQuartile(70, eight, 'higher'), {
      rank: 1,
      of: 8,
      quartile: 1,
      firstIs: 'highest',
    })
    // 20: 30, 40, 50, 60 and 70 are better, so rank 6 (shared with the other 20); ceil(24 / 8) = 3.
    assert.deepEqual(rankAndQuartile(20, eight, 'higher'), {
      rank: 6,
      of: 8,
      quartile: 3,
      firstIs: 'highest',
    })
    assert.deepEqual(rankAndQuartile(10, eight, 'higher'), {
      rank: 8,
      of: 8,
      quartile: 4,
      firstIs: 'highest',
    })
  })

  it('ranks the lowest first for a contextual measure, where neither end is better', () => {
    assert.deepEqual(rankAndQuartile(60, eight, 'contextual'), {
      rank: 7,
      of: 8,
      quartile: 4,
      firstIs: 'lowest',
    })
  })

  it('puts each rank of five in the quarter it falls in: ceil(4r / 5)', () => {
    const five = [1, 2, 3, 4, 5]
    assert.deepEqual(
      five.map((v) => rankAndQuartile(v, five, 'lower')?.quartile),
      [1, 2, 3, 4, 4],
    )
  })

  it('gives no rank among no values', () => {
    assert.equal(rankAndQuartile(1, [], 'lower'), null)
  })
})

describe('small-number suppression', () => {
  it('withholds 1 to 4 in a numerator or a denominator, but not 0 or 5', () => {
    assert.equal(isSuppressed(4, null), true)
    assert.equal(isSuppressed(0, 10), false)
    assert.equal(isSuppressed(5, 3), true)
    assert.equal(isSuppressed(5, 50), false)
  })

  it('withholds a small weighted figure such as 3.5 FTE, as the shared rule does', () => {
    assert.equal(isSuppressed(20, 3.5), true)
    assert.equal(isSuppressed(4.99, null), true)
  })
})

describe('formatting and trend dates', () => {
  it('formats each unit', () => {
    assert.equal(formatValue('percent', 33.333), '33.3%')
    assert.equal(formatValue('ratio', 2), '2.00')
    assert.equal(formatValue('count', 1234), '1,234')
    assert.equal(formatValue('rate', null), 'No data')
  })

  it('gives twelve points: the last day of the 11 months before, then the date', () => {
    const dates = trendDates('2025-03-15')
    assert.equal(dates.length, 12)
    assert.equal(dates[0], '2024-04-30')
    assert.equal(dates[10], '2025-02-28')
    assert.equal(dates[11], '2025-03-15')
  })
})
