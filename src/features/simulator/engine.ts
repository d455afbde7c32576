// Runs one unit (one authority-sized slice of the simulation) month by month from April 2016 to
// today, handing each child's rows to the sink as soon as nothing is open for them.
import { addMonths, ageOn, type IsoDate } from '../../platform/time/dates.ts'
import { addDays, monthEnd, monthsBetween } from './calendar.ts'
import { cinMonth, cinPlanRoutine } from './cin.ts'
import { claMonth } from './cla-month.ts'
import { claRoutine } from './cla-routine.ts'
import { cpMonth, cpRoutine } from './cp.ts'
import { shapeDemoCaseloads } from './demo.ts'
import { earlyHelpMonth, earlyHelpRoutine } from './early-help.ts'
import { frontDoorMonth } from './front-door.ts'
import { leaverRoutine, leaversMonth } from './leaving-care.ts'
import { openingStock, START } from './opening.ts'
import { carersMonth, createCarers } from './placements.ts'
import { loadWards, moveHome } from './population.ts'
import type { Random } from './random.ts'
import { isInvolved } from './records.ts'
import type { Child, Family, Ids, Sink, World } from './state.ts'
import { PLACEMENT_CATEGORIES } from './targets.ts'
import { createTeams, staffMonth, superviseMonth } from './workforce.ts'

export interface UnitOptions {
  rng: Random
  ids: Ids
  sink: Sink
  unit: number
  scale: number
  today: IsoDate
  /** Called after each month; awaited, so the writer can flush. */
  afterMonth?: (month: IsoDate, index: number, total: number, world: World) => Promise<void>
}

export function createWorld(options: UnitOptions): World {
  return {
    rng: options.rng,
    ids: options.ids,
    sink: options.sink,
    unit: options.unit,
    scale: options.scale,
    start: START,
    today: options.today,
    month: START,
    wards: loadWards(),
    teams: new Map(),
    workers: [],
    carers: [],
    children: [],
    active: new Set(),
    recentReferrals: [],
    cpAlumni: [],
    monthReferrals: 0,
    monthRereferrals: 0,
    control: { plan: 1, support: 1, disabled: 1, earlyHelp: 1 },
    plans: new Map(),
    year: { cpStarts: 0, cpSecond: 0 },
    placed: Object.fromEntries(PLACEMENT_CATEGORIES.map((c) => [c, 0])) as World['placed'],
  }
}

export async function simulateUnit(options: UnitOptions): Promise<World> {
  const world = createWorld(options)
  createTeams(world)
  createCarers(world, START)
  openingStock(world)
  const months = monthsBetween(START, world.today)
  for (const [index, month] of months.entries()) {
    const end = monthEnd(month)
    const days = Number(end.slice(8, 10))
    world.month = month
    world.monthReferrals = 0
    world.monthRereferrals = 0
    staffMonth(world, month, end)
    carersMonth(world, month)
    claMonth(world, month, end, days)
    cpMonth(world, month, end, days)
    earlyHelpMonth(world, month, end, days)
    cinMonth(world, month, end)
    frontDoorMonth(world, month, days)
    leaversMonth(world, end)
    familyMoves(world, month, days)
    superviseMonth(world, month, end)
    prune(world, month)
    sweep(world)
    await options.afterMonth?.(month, index, months.length, world)
  }
  finish(world)
  return world
}

/** Writes the record of every child with nothing left open. */
export function sweep(world: World): void {
  for (const child of world.active) {
    if (isInvolved(child) || !child.born) continue
    emit(world, child)
    world.active.delete(child)
  }
}

function emit(world: World, child: Child): void {
  if (!child.rowWritten) {
    world.sink.add('child', child.row, child.rowAt)
    child.rowWritten = true
  }
  if (child.bundle.length > 0) world.sink.addEntries(child.bundle)
  child.bundle = []
}

/** Today: open spells get their routine history, and everything still in memory is written. */
function finish(world: World): void {
  shapeDemoCaseloads(world)
  for (const child of world.active) {
    const e = child.episode
    if (e?.cinPlan) cinPlanRoutine(world, child, e.cinPlan.id, e.cinPlan.start_date, null)
    if (e?.cp) cpRoutine(world, child)
    if (e?.care) claRoutine(world, child, e.care)
    if (child.earlyHelp) earlyHelpRoutine(world, child)
    if (child.leaver) leaverRoutine(world, child, world.today)
  }
  for (const child of [...world.active]) emit(world, child)
  world.active.clear()
  for (const child of world.children) {
    if (!child.rowWritten) emit(world, child)
    world.sink.add('address', child.home.row, child.home.at)
  }
}

/** Some families with open cases move house each year. */
function familyMoves(world: World, month: IsoDate, days: number): void {
  const seen = new Set<Family>()
  for (const child of world.active) {
    if (seen.has(child.family) || !child.episode) continue
    seen.add(child.family)
    if (world.rng.chance(0.006)) {
      const date = addDays(month, world.rng.int(days))
      if (date <= world.today) moveHome(world, child.family, date)
    }
  }
}

function prune(world: World, month: IsoDate): void {
  const cutoff = addMonths(month, -13)
  world.recentReferrals = world.recentReferrals.filter((c) => c.lastReferralDate !== undefined && c.lastReferralDate >= cutoff)
  if (month.endsWith('-01') && month.slice(5, 7) === '04') {
    world.cpAlumni = world.cpAlumni.filter((c) => c.born && ageOn(c.dob, month) < 17)
  }
}
