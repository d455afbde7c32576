// "Reach the statistical neighbour average in N years from the baseline year": the yearly
// targets a straight line gives from the authority's published baseline to the neighbours'
// average, rounded as the indicator is shown. Pure; the pages look the two figures up.
import type { Indicator, Polarity, Unit } from '../indicators/indicator.ts'
import { linearTrajectory, roundValue } from '../transforms.ts'

/**
 * A trajectory needs published figures for the authority and its neighbours, and a measure that
 * compares across authorities: a plain count does not (the neighbours' average count is about
 * their size), so counts get their targets one year at a time.
 */
export function canSetTrajectory(indicator: Pick<Indicator, 'benchmark' | 'unit'>): boolean {
  return indicator.benchmark !== undefined && indicator.unit !== 'count'
}

export interface TrajectoryInput {
  /** Year ending 31 March of the baseline figure. */
  baselineYear: number
  /** The authority's figure in the baseline year. */
  baseline: number
  /** Where the line ends: the statistical neighbour average in the baseline year. */
  goal: number
  /** How many years after the baseline year the goal is reached (1 or more). */
  years: number
  unit: Unit
  polarity: Polarity
}

export interface YearTarget {
  yearEnding: number
  value: number
}

export type Trajectory =
  | { ok: true; targets: YearTarget[] }
  /** The baseline already meets the goal (or betters it, read through the polarity). */
  | { ok: false; reason: 'already_there' }

/**
 * One target for each of the `years` years after the baseline year. A line that would take the
 * authority away from better (or nowhere) is refused rather than stored: a baseline of 20% with
 * lower better and a neighbour average of 25% is already there.
 */
export function trajectoryTargets(input: TrajectoryInput): Trajectory {
  const baseline = roundValue(input.unit, input.baseline) ?? input.baseline
  const goal = roundValue(input.unit, input.goal) ?? input.goal
  const gap =
    input.polarity === 'higher'
      ? goal - baseline
      : input.polarity === 'lower'
        ? baseline - goal
        : Math.abs(goal - baseline)
  if (gap <= 0) return { ok: false, reason: 'already_there' }
  const values = linearTrajectory(baseline, goal, input.years)
  return {
    ok: true,
    targets: values.map((value, i) => ({
      yearEnding: input.baselineYear + i + 1,
      value: roundValue(input.unit, value) ?? value,
    })),
  }
}

/** What the stored targets' note says, so a target can be traced back to how it was set. */
export function trajectoryNote(
  input: Pick<TrajectoryInput, 'baselineYear' | 'years'>,
  shown: { baseline: string; goal: string },
): string {
  return `Trajectory: from ${shown.baseline} in the year ending March ${input.baselineYear} to the statistical neighbour average of ${shown.goal} in ${input.years} ${input.years === 1 ? 'year' : 'years'}`
}
