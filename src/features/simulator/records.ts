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
  if (current?.worker === worker) return
  const team = worker.team
  if (!team) throw new Error(`Worker ${worker.id} has no team to allocate from`)
  const at = recordedAt(world, date, 2)
  if (current) {
    // A second change on the day the current worker was allocated corrects that allocation rather
    // than leaving one that lasted no time at all (DfE SW09STG2, SW19STG2).
    if (current.row.start_date >= date) {
      reassign(child, current, worker, team.id, date)
      return
    }
    closeAllocation(world, child, current, date)
  }
  const row = childRow(
    world,
    child,
    'allocation',
    { child_id: child.id, worker_id: worker.id, team_id: team.id, role, start_date: date, end_date: null, change_reason: reason },
    at,
  )
  const allocation: Allocation = current ? { row, worker, child, replaced: current.row } : { row, worker, child }
  child.allocations.set(role as never, allocation)
  worker.open.add(allocation)
  if (role === 'social_worker') {
    const last = child.workerHistory[child.workerHistory.length - 1]
    if (last && last.end === null) last.end = date
    child.workerHistory.push({ worker, start: date, end: null })
  }
}

/**
 * Gives the current allocation to another worker from its start, or from `date` when that is
 * earlier (a change recorded out of order); it then takes over from the allocation it replaced no
 * earlier than that one began.
 */
function reassign(child: Child, allocation: Allocation, worker: Worker, teamId: number, date: IsoDate): void {
  allocation.worker.open.delete(allocation)
  allocation.row.worker_id = worker.id
  allocation.row.team_id = teamId
  allocation.worker = worker
  worker.open.add(allocation)
  const before = allocation.replaced
  const follows = before !== undefined && before.end_date === allocation.row.start_date
  const start = follows && date < before.start_date ? before.start_date : date
  if (start < allocation.row.start_date) {
    if (follows) before.end_date = start
    allocation.row.start_date = start
  }
  if (allocation.row.role === 'social_worker') {
    const last = child.workerHistory[child.workerHistory.length - 1]
    const previous = child.workerHistory[child.workerHistory.length - 2]
    if (last && last.end === null) {
      last.worker = worker
      last.start = allocation.row.start_date
      if (follows && previous) previous.end = allocation.row.start_date
    }
  }
}

export function closeAllocation(world: World, child: Child, allocation: Allocation, date: IsoDate): void {
  const ended = date < allocation.row.start_date ? allocation.row.start_date : date
  allocation.row.end_date = ended > world.today ? world.today : ended
  allocation.worker.open.delete(allocation)
  child.allocations.delete(allocation.row.role as never)
  // A handover on the very day the case closed never took effect: the allocation is not kept, and
  // the one it replaced is the last (no social worker episode of no time at all, DfE SW09STG2).
  const handover = allocation.replaced
  if (allocation.row.end_date === allocation.row.start_date && handover?.end_date === allocation.row.start_date) {
    const index = child.bundle.findIndex((entry) => entry.row === allocation.row)
    if (index >= 0) {
      child.bundle.splice(index, 1)
      if (allocation.row.role === 'social_worker') child.workerHistory.pop()
      return
    }
  }
  if (allocation.row.role === 'social_worker') {
    const last = child.workerHistory[child.workerHistory.length - 1]
    if (last && last.end === null) last.end = allocation.row.end_date
  }
}


/** Whether the child has anything open that keeps their record in memory. */
export function isInvolved(child: Child): boolean {
  return child.episode !== undefined || child.earlyHelp !== undefined || child.leaver !== undefined || child.allocations.size > 0
}
