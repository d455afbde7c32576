// Small helpers every process uses: ids, back-dated "recorded at" stamps, and adding a row to a
// child's bundle (written when the child's last open spell closes) or straight to the writer.
import { ageOn, type IsoDate } from '../../platform/time/dates.ts'
import { addDays, stamp } from './calendar.ts'
import type { Allocation, Child, World, Worker } from './state.ts'
import type { NewRow, SeedTable } from './writer.ts'

/** When a record about an event on `date` was typed in: usually the same or next few days. */
export function recordedAt(world: World, date: IsoDate, maxLagDays = 3): string {
  const lag = world.rng.chance(0.55) ? 0 : world.rng.between(1, maxLagDays)
  let day = addDays(date, lag)
  if (day > world.today) day = world.today < date ? date : world.today
  return stamp(day, world.rng.between(8 * 60, 17 * 60 + 30))
}

/** A row that belongs to a child's record. */
export function childRow<T extends SeedTable>(world: World, child: Child, table: T, fields: Omit<NewRow<T>, 'id'>, at: string): NewRow<T> {
  // Callers always pass a fresh object literal, so it becomes the row (no copy of a million rows).
  const row = fields as NewRow<T>
  row.id = world.ids.take(table)
  child.bundle.push({ table, row, at } as never)
  world.active.add(child)
  return row
}

/** A row that is final when created and belongs to no child (organisation, families, people). */
export function globalRow<T extends SeedTable>(world: World, table: T, fields: Omit<NewRow<T>, 'id'>, at: string): NewRow<T> {
  const row = fields as NewRow<T>
  row.id = world.ids.take(table)
  world.sink.add(table, row, at)
  return row
}

export function age(child: Child, on: IsoDate): number {
  return child.born || child.dob <= on ? ageOn(child.dob, on) : -1
}

/** The social worker holding the child on a date (or the latest before it). */
export function workerOn(child: Child, date: IsoDate): Worker | undefined {
  let found: Worker | undefined
  for (const spell of child.workerHistory) {
    if (spell.start <= date && (spell.end === null || spell.end >= date)) found = spell.worker
  }
  return found ?? child.workerHistory[child.workerHistory.length - 1]?.worker
}

/** Allocations in migrated records start no earlier than this (the legacy system's last restructure). */
export const ALLOCATION_FLOOR: IsoDate = '2015-04-01'

export function openAllocation(world: World, child: Child, role: Allocation['row']['role'], worker: Worker, on: IsoDate, reason: string | null): void {
  const date = on < ALLOCATION_FLOOR ? ALLOCATION_FLOOR : on > world.today ? world.today : on
  const current = child.allocations.get(role as never)
  if (current) {
    if (current.worker === worker) return
    closeAllocation(world, child, current, date)
  }
  const team = worker.team
  if (!team) throw new Error(`Worker ${worker.id} has no team to allocate from`)
  const row = childRow(
    world,
    child,
    'allocation',
    { child_id: child.id, worker_id: worker.id, team_id: team.id, role, start_date: date, end_date: null, change_reason: reason },
    recordedAt(world, date, 2),
  )
  const allocation: Allocation = { row, worker, child }
  child.allocations.set(role as never, allocation)
  worker.open.add(allocation)
  if (role === 'social_worker') {
    const last = child.workerHistory[child.workerHistory.length - 1]
    if (last && last.end === null) last.end = date
    child.workerHistory.push({ worker, start: date, end: null })
  }
}

export function closeAllocation(world: World, child: Child, allocation: Allocation, date: IsoDate): void {
  const ended = date < allocation.row.start_date ? allocation.row.start_date : date
  allocation.row.end_date = ended > world.today ? world.today : ended
  allocation.worker.open.delete(allocation)
  child.allocations.delete(allocation.row.role as never)
  if (allocation.row.role === 'social_worker') {
    const last = child.workerHistory[child.workerHistory.length - 1]
    if (last && last.end === null) last.end = allocation.row.end_date
  }
}


/** Whether the child has anything open that keeps their record in memory. */
export function isInvolved(child: Child): boolean {
  return child.episode !== undefined || child.earlyHelp !== undefined || child.leaver !== undefined || child.allocations.size > 0
}
