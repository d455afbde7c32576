// The demo people (workforce.ts DEMO_STAFF) are ordinary workers throughout the simulation; on the
// last day their caseloads are evened out to what a demonstration needs: a social worker with
// about 17 children (child in need, protection and looked after, a few with work overdue), an
// early help practitioner with about 10 families, an IRO with about 30 children, an adviser with
// about 18 care leavers. Children move to them the way caseloads are balanced (reason MANAGE).
import { addDays } from './calendar.ts'
import { type IsoDate } from '../../platform/time/dates.ts'
import { openAllocation } from './records.ts'
import type { AllocationRole, Child, World, Worker } from './state.ts'
import { DEMO_STAFF } from './workforce.ts'

export function shapeDemoCaseloads(world: World): void {
  if (world.unit !== 0) return
  const byId = new Map(world.workers.filter((w) => w.demo).map((w) => [w.demo, w]))
  const socialWorker = byId.get(DEMO_STAFF.socialWorker)
  if (socialWorker) {
    const kinds: Array<(c: Child) => boolean> = [(c) => c.episode?.care !== undefined, (c) => c.episode?.cp !== undefined, (c) => c.episode?.cinPlan !== undefined]
    for (const wanted of kinds) shape(world, socialWorker, 'social_worker', 17, (c) => wanted(c) && c.allocations.get('social_worker')?.worker.team?.service === 'safeguarding', 5)
    shape(world, socialWorker, 'social_worker', 17, (c) => c.allocations.get('social_worker')?.worker.team?.service === 'safeguarding')
    const children = [...socialWorker.open].map((a) => a.child)
    for (const child of children.slice(0, 3)) child.overdue = true
  }
  const iro = byId.get(DEMO_STAFF.iro)
  if (iro) shape(world, iro, 'iro', 30, (c) => c.episode?.care !== undefined)
  const adviser = byId.get(DEMO_STAFF.personalAdviser)
  if (adviser) shape(world, adviser, 'personal_adviser', 18, (c) => c.leaver !== undefined)
  const earlyHelp = byId.get(DEMO_STAFF.earlyHelp)
  if (earlyHelp) shapeFamilies(world, earlyHelp, 10)
}

/**
 * Gives the worker children of a kind from colleagues (up to `target` in all, or `limit` of this
 * kind), or passes children on when they hold too many.
 */
function shape(world: World, worker: Worker, role: AllocationRole, target: number, eligible: (c: Child) => boolean, limit = target): void {
  const date = handover(world)
  let taken = [...worker.open].filter((a) => eligible(a.child)).length
  if (worker.open.size < target) {
    const candidates = world.workers
      .filter((w) => w !== worker && w.demo === undefined && w.role === worker.role)
      .flatMap((w) => [...w.open])
      .filter((a) => a.row.role === role && eligible(a.child) && a.row.start_date < date)
    for (const allocation of world.rng.shuffle(candidates)) {
      if (worker.open.size >= target || taken >= limit) break
      openAllocation(world, allocation.child, role, worker, date, 'MANAGE')
      taken++
    }
  }
  const colleague = world.workers.find((w) => w !== worker && w.demo === undefined && w.role === worker.role && w.team === worker.team && (w.end === null || w.end > world.today))
  while (colleague && worker.open.size > target + 3) {
    const allocation = [...worker.open].at(-1)
    if (!allocation) break
    openAllocation(world, allocation.child, role, colleague, date, 'MANAGE')
  }
}

function shapeFamilies(world: World, worker: Worker, families: number): void {
  const date = handover(world)
  const held = new Set([...worker.open].map((a) => a.child.family))
  // Too many families already: the latest pass to a colleague in the team, a family at a time.
  const colleague = world.workers.find((w) => w !== worker && w.demo === undefined && w.role === worker.role && w.team === worker.team && (w.end === null || w.end > world.today))
  while (colleague && held.size > families + 3) {
    const family = [...worker.open].at(-1)?.child.family
    const holding = worker.open.size
    if (!family) break
    held.delete(family)
    for (const allocation of [...worker.open].filter((a) => a.child.family === family)) {
      openAllocation(world, allocation.child, 'early_help_practitioner', colleague, date, 'MANAGE')
      const episode = allocation.child.earlyHelp
      if (episode) {
        episode.row.lead_worker_id = colleague.id
        episode.row.team_id = colleague.team?.id ?? null
      }
    }
    if (worker.open.size >= holding) break
  }
  const others = world.workers.filter((w) => w !== worker && w.role === 'early_help_practitioner').flatMap((w) => [...w.open])
  for (const allocation of others) {
    if (held.size >= families) break
    const family = allocation.child.family
    if (held.has(family) || allocation.row.start_date >= date) continue
    held.add(family)
    for (const child of family.children) {
      const current = child.allocations.get('early_help_practitioner')
      if (!current || current.worker === worker || current.row.start_date >= date) continue
      openAllocation(world, child, 'early_help_practitioner', worker, date, 'MANAGE')
      if (child.earlyHelp) {
        child.earlyHelp.row.lead_worker_id = worker.id
        child.earlyHelp.row.team_id = worker.team?.id ?? null
      }
    }
  }
}

/** The day caseloads were rebalanced: a few weeks before today. */
function handover(world: World): IsoDate {
  return addDays(world.today, -world.rng.between(20, 40))
}
