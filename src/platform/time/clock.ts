// Time is an input: services take a Clock, never the real one directly, so tests and the demo
// can fix "today".
import { londonDate, type IsoDate } from './dates.ts'

export interface Clock {
  now(): Date
  today(): IsoDate
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => londonDate(new Date()),
}

/** A clock fixed at a London calendar date (noon, so no zone edge can move it). */
export function fixedClock(today: IsoDate): Clock {
  const instant = new Date(`${today}T12:00:00Z`)
  return { now: () => new Date(instant), today: () => today }
}
