// Recurring casework generated when a spell closes (or at "today" for open ones): statutory
// visits and management oversight at the intervals practice sets, with the occasional late one.
// Only history from HISTORY_FLOOR is generated for spells that began long before the simulation
// (migrated records keep their recent history, as a real migration would).
import { addDays } from './calendar.ts'
import { type IsoDate } from '../../platform/time/dates.ts'
import { age, childRow, recordedAt, workerOn } from './records.ts'
import type { Child, World } from './state.ts'
import type { NewRow } from './writer.ts'

export const HISTORY_FLOOR: IsoDate = '2015-10-01'

export function spellEnd(world: World, end: IsoDate | null | undefined): IsoDate {
  return end === null || end === undefined || end > world.today ? world.today : end
}

/**
 * Visits every `interval` days (± jitter), the first `first` days after `from`. A child under
 * five is never "seen alone". The last one before today is skipped for children flagged overdue.
 */
export function visits(
  world: World,
  child: Child,
  kind: NewRow<'visit'>['kind'],
  from: IsoDate,
  to: IsoDate,
  interval: number,
  first = interval,
  seenRate = 0.93,
): void {
  const rng = world.rng
  const stop = to > world.today ? world.today : to
  let date = addDays(from, Math.max(1, Math.round(first * (0.5 + rng.next() * 0.6))))
  if (date < HISTORY_FLOOR) date = addDays(HISTORY_FLOOR, rng.int(interval))
  while (date < stop) {
    const next = addDays(date, Math.round(interval * (0.65 + rng.next() * 0.45) + (rng.chance(0.05) ? interval * 0.6 : 0)))
    if (child.overdue && next >= stop && stop === world.today) break
    const seen = rng.chance(seenRate)
    const childAge = age(child, date)
    childRow(
      world,
      child,
      'visit',
      { child_id: child.id, kind, visit_date: date, seen, seen_alone: seen && childAge >= 5 && rng.chance(0.7), worker_id: workerOn(child, date)?.id ?? null },
      recordedAt(world, date, 4),
    )
    date = next
  }
}

/** Management oversight on the case file every `interval` days, by the worker's manager. */
export function oversight(world: World, child: Child, from: IsoDate, to: IsoDate, interval: number, summary: string): void {
  const rng = world.rng
  const stop = to > world.today ? world.today : to
  let date = addDays(from, rng.between(3, Math.max(4, Math.round(interval / 2))))
  if (date < HISTORY_FLOOR) date = addDays(HISTORY_FLOOR, rng.int(interval))
  while (date < stop) {
    const worker = workerOn(child, date)
    const manager = worker?.team?.manager?.id ?? worker?.managerId
    if (manager !== undefined && manager !== null && rng.chance(0.93)) {
      childRow(world, child, 'management_oversight', { child_id: child.id, manager_id: manager, oversight_date: date, summary }, recordedAt(world, date, 3))
    }
    date = addDays(date, Math.round(interval * (0.8 + rng.next() * 0.4)))
  }
}

/**
 * Reviews from a first due date, then every `every` months; held near the due date, a few late,
 * and the next one due after today left unheld (so the record shows what is coming).
 */
export function reviewDates(world: World, firstDue: IsoDate, end: IsoDate, nextDue: (due: IsoDate) => IsoDate, lateRate: number): Array<{ due: IsoDate; held: IsoDate | null }> {
  const rng = world.rng
  const out: Array<{ due: IsoDate; held: IsoDate | null }> = []
  let due = firstDue
  const stop = end > world.today ? world.today : end
  for (let guard = 0; guard < 400; guard++) {
    if (due > stop) {
      if (end > world.today) out.push({ due, held: null })
      return out
    }
    const late = rng.chance(lateRate)
    const held = late ? addDays(due, rng.between(3, 40)) : addDays(due, -rng.between(0, 12))
    if (held > stop) {
      if (end > world.today) out.push({ due, held: null })
      return out
    }
    if (held >= HISTORY_FLOOR) out.push({ due, held })
    due = nextDue(held)
  }
  return out
}
