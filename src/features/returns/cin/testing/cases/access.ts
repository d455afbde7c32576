// Accessors for the clean census's parts, failing loudly when a case reaches for one that is not there.
import type { Assessment, ChildIdentifiers, ChildProtectionPlan, CinChild, Section47 } from '../../model.ts'
import { episode, nth, type Fixture } from '../clean-census.ts'

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`The clean census has no ${what}`)
  return value
}

export const ids = (f: Fixture, n: number): ChildIdentifiers => must(nth(f, n).identifiers, `identifiers for child ${n}`)
export const traits = (f: Fixture, n: number): NonNullable<CinChild['characteristics']> => must(nth(f, n).characteristics, `characteristics for child ${n}`)
export const firstAssessment = (f: Fixture, n: number): Assessment => must(episode(f, n).assessments[0], `assessment for child ${n}`)
export const firstS47 = (f: Fixture): Section47 => must(episode(f, 0).section47[0], 'Section47')
export const firstPlan = (f: Fixture): ChildProtectionPlan => must(episode(f, 0).childProtectionPlans[0], 'CP plan')
/** The year before the collection year ends: most events happen in it. */
export const p = (f: Fixture): number => f.year - 1
