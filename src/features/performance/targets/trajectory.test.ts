import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canSetTrajectory, trajectoryNote, trajectoryTargets } from './trajectory.ts'

describe('a trajectory to the statistical neighbour average', () => {
  it('steps a rate in equal thirds from the baseline, rounded to 1 decimal place', () => {
    // 138 → 110.3 (110.25 shown to 1 dp) in 3 years: a step of −9.233…, so 128.77, 119.53, 110.3.
    assert.deepEqual(
      trajectoryTargets({
        baselineYear: 2025,
        baseline: 138,
        goal: 110.25,
        years: 3,
        unit: 'rate',
        polarity: 'contextual',
      }),
      {
        ok: true,
        targets: [
          { yearEnding: 2026, value: 128.8 },
          { yearEnding: 2027, value: 119.5 },
          { yearEnding: 2028, value: 110.3 },
        ],
      },
    )
  })

  it('brings a lower-is-better percentage down', () => {
    // 25.3% → 21.1% in 2 years: 23.2% then 21.1%.
    assert.deepEqual(
      trajectoryTargets({
        baselineYear: 2024,
        baseline: 25.3,
        goal: 21.1,
        years: 2,
        unit: 'percent',
        polarity: 'lower',
      }),
      {
        ok: true,
        targets: [
          { yearEnding: 2025, value: 23.2 },
          { yearEnding: 2026, value: 21.1 },
        ],
      },
    )
  })

  it('brings a higher-is-better percentage up', () => {
    const result = trajectoryTargets({
      baselineYear: 2025,
      baseline: 60,
      goal: 72,
      years: 4,
      unit: 'percent',
      polarity: 'higher',
    })
    assert.deepEqual(result.ok && result.targets.map((t) => t.value), [63, 66, 69, 72])
  })

  it('rounds counts and days to whole numbers', () => {
    const count = trajectoryTargets({
      baselineYear: 2025,
      baseline: 493,
      goal: 400,
      years: 3,
      unit: 'count',
      polarity: 'lower',
    })
    assert.deepEqual(count.ok && count.targets.map((t) => t.value), [462, 431, 400])
    // 500 → 420 days in 3 years: 473.3, 446.7, 420.
    const days = trajectoryTargets({
      baselineYear: 2025,
      baseline: 500,
      goal: 420,
      years: 3,
      unit: 'days',
      polarity: 'lower',
    })
    assert.deepEqual(days.ok && days.targets.map((t) => t.value), [473, 447, 420])
  })

  it('reaches the goal in one step when given one year', () => {
    assert.deepEqual(
      trajectoryTargets({
        baselineYear: 2025,
        baseline: 30,
        goal: 25,
        years: 1,
        unit: 'percent',
        polarity: 'lower',
      }),
      { ok: true, targets: [{ yearEnding: 2026, value: 25 }] },
    )
  })

  it('refuses a line away from better: the authority is already as good as its neighbours', () => {
    const base = { baselineYear: 2025, years: 3, unit: 'percent' as const }
    assert.deepEqual(trajectoryTargets({ ...base, baseline: 20, goal: 25, polarity: 'lower' }), {
      ok: false,
      reason: 'already_there',
    })
    assert.deepEqual(trajectoryTargets({ ...base, baseline: 80, goal: 72, polarity: 'higher' }), {
      ok: false,
      reason: 'already_there',
    })
    assert.equal(trajectoryTargets({ ...base, baseline: 25, goal: 25, polarity: 'lower' }).ok, false)
  })

  it('treats figures that show the same as already there (110.26 and 110.3 are both 110.3)', () => {
    assert.equal(
      trajectoryTargets({
        baselineYear: 2025,
        baseline: 110.26,
        goal: 110.3,
        years: 2,
        unit: 'rate',
        polarity: 'contextual',
      }).ok,
      false,
    )
  })

  it('refuses a trajectory of no years', () => {
    assert.throws(
      () =>
        trajectoryTargets({
          baselineYear: 2025,
          baseline: 30,
          goal: 25,
          years: 0,
          unit: 'percent',
          polarity: 'lower',
        }),
      RangeError,
    )
  })

  it('says how the targets were set', () => {
    assert.equal(
      trajectoryNote({ baselineYear: 2025, years: 3 }, { baseline: '138.0', goal: '110.3' }),
      'Trajectory: from 138.0 in the year ending March 2025 to the statistical neighbour average of 110.3 in 3 years',
    )
  })

  it('is offered only for a published measure that compares across authorities, not a count', () => {
    assert.equal(canSetTrajectory({ unit: 'percent', benchmark: { measure: 'x_percent' } }), true)
    assert.equal(canSetTrajectory({ unit: 'count', benchmark: { measure: 'x_count' } }), false)
    assert.equal(canSetTrajectory({ unit: 'percent' }), false)
  })
})
