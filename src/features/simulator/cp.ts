// Child protection: strategy discussions, section 47 enquiries, initial conferences (target 15
// working days from the strategy discussion), plans with categories, review conferences, core
// groups and visits; pre-birth plans. Plans starting each year follow CSV
// cpp_started_during_year_count, the children on plans follow CSV cpp_31_march_count and S002 §21
// (300 in September 2019, 603 in September 2020), and the share of second or subsequent plans
// follows CSV cpp_second_or_subsequent_percent.
import { addMonths, type IsoDate } from '../../platform/time/dates.ts'
import { addDays, addWorkingDays, monthEnd as endOfMonth, monthsBetween, reportingYear } from './calendar.ts'
import { endCinPlan, startCinPlan } from './cin.ts'
import { planStarts, valueOn, yearlyFlow } from './curves.ts'
import { closeEpisode, openReferral, referralAge } from './front-door.ts'
import { addChild, availableSiblings, newFamily, wardSteering } from './population.ts'
import { age, childRow, recordedAt } from './records.ts'
import { HISTORY_FLOOR, oversight, reviewDates, spellEnd, visits } from './routine.ts'
import type { Child, Ward, World } from './state.ts'
import { CP_STOCK } from './targets.ts'
import { allocate } from './workforce.ts'

const CATEGORIES = [['NEG', 48], ['EMO', 38], ['PHY', 7], ['SAB', 3], ['MUL', 4]] as const

/** Opens a plan on `date` (the initial conference), creating the strategy discussion and S47 behind it. */
export function startCpPlan(world: World, child: Child, date: IsoDate, options: { preBirth?: boolean } = {}): void {
  const rng = world.rng
  const timely = rng.chance(date < '2020-04-01' ? 0.74 : date < '2021-04-01' ? 0.82 : 0.9)
  const lag = timely ? rng.between(6, 15) : rng.between(16, 30)
  let strategy = addDays(date, -Math.round(lag * 1.4))
  if (!child.episode) openReferral(world, child, referralBefore(child, addDays(strategy, -rng.between(0, 2))), { strategy: true, need: 'N1', unborn: !child.born })
  const episode = child.episode
  if (!episode) return
  if (strategy < episode.referral.referral_date) strategy = episode.referral.referral_date
  const held = childRow(world, child, 'strategy_discussion', { child_id: child.id, referral_id: episode.referral.id, held_date: strategy, outcome: 's47' }, recordedAt(world, strategy, 1))
  const end = addDays(date, -rng.between(0, 3))
  const s47 = childRow(
    world,
    child,
    's47_enquiry',
    {
      child_id: child.id,
      referral_id: episode.referral.id,
      strategy_discussion_id: held.id,
      start_date: strategy,
      end_date: end < strategy ? strategy : end,
      outcome: 'icpc',
      icpc_target_date: addWorkingDays(strategy, 15),
      icpc_date: date,
      icpc_not_required: false,
    },
    recordedAt(world, strategy, 2),
  )
  if (episode.cinPlan) endCinPlan(world, child, date)
  episode.support = undefined
  const initial = rng.weighted(CATEGORIES)
  episode.cp = {
    row: childRow(
      world,
      child,
      'cp_plan',
      {
        child_id: child.id,
        referral_id: episode.referral.id,
        s47_enquiry_id: s47.id,
        start_date: date,
        end_date: null,
        initial_category: initial,
        latest_category: rng.chance(0.08) ? rng.weighted(CATEGORIES) : initial,
        end_reason: null,
        pre_birth: options.preBirth ?? false,
      },
      recordedAt(world, date, 2),
    ),
  }
  if (child.cpPlansEver > 0) world.year.cpSecond++
  world.year.cpStarts++
  child.cpPlansEver++
  child.busyUntil = addDays(date, 1)
  allocate(world, child, 'social_worker', 'safeguarding', date, 'TSPROC')
}

/**
 * The date of the referral behind a new plan, backdated to before the strategy discussion but
 * not into the child's previous case, which may have closed only days before the conference (CIN
 * episodes may not overlap: DfE CIN rule 8820). A child never referred before keeps the date.
 */
function referralBefore(child: Child, backdated: IsoDate): IsoDate {
  return child.lastReferralDate !== undefined && backdated < child.busyUntil ? child.busyUntil : backdated
}

export function endCpPlan(world: World, child: Child, date: IsoDate, reason: string): void {
  const plan = child.episode?.cp
  if (!plan || !child.episode) return
  plan.row.end_date = date < plan.row.start_date ? plan.row.start_date : date
  plan.row.end_reason = reason
  cpRoutine(world, child)
  child.episode.cp = undefined
  world.cpAlumni.push(child)
}

/** Review conferences, core groups, visits and oversight for the plan's life. */
export function cpRoutine(world: World, child: Child): void {
  const plan = child.episode?.cp?.row
  if (!plan) return
  const rng = world.rng
  const start = plan.start_date
  const stop = spellEnd(world, plan.end_date)
  const end = plan.end_date ?? '9999-12-31'
  for (const review of reviewDates(world, addMonths(start, 3), end, (held) => addMonths(held, 6), 0.06)) {
    childRow(world, child, 'cp_review', { child_id: child.id, cp_plan_id: plan.id, due_date: review.due, held_date: review.held }, recordedAt(world, review.held ?? review.due, 3))
  }
  let meeting = addWorkingDays(start, rng.between(5, 11))
  while (meeting < stop) {
    if (meeting >= HISTORY_FLOOR) childRow(world, child, 'core_group', { child_id: child.id, cp_plan_id: plan.id, held_date: meeting }, recordedAt(world, meeting, 4))
    meeting = addDays(meeting, rng.between(30, 46))
  }
  if (child.born || (child.row.date_of_birth !== null && child.row.date_of_birth !== undefined)) visits(world, child, 'cp', child.born && child.dob > start ? child.dob : start, stop, 24, 7, 0.95)
  oversight(world, child, start, stop, 80, 'Child protection plan progress reviewed')
  // Some plans go into the pre-proceedings stage of the public law outline and step back down.
  if (plan.end_date && plan.end_date > addMonths(start, 7) && rng.chance(0.1)) {
    const initial = addMonths(start, rng.between(3, 5))
    childRow(world, child, 'plo_meeting', { child_id: child.id, kind: 'initial', meeting_date: initial, outcome: 'continue_pre_proceedings' }, recordedAt(world, initial, 3))
    const exit = addDays(initial, rng.between(60, 110))
    if (exit < plan.end_date) childRow(world, child, 'plo_meeting', { child_id: child.id, kind: 'exit', meeting_date: exit, outcome: 'step_down' }, recordedAt(world, exit, 3))
  }
}

/** Monthly: new plans to the year's plan, enquiries that end without one, and plan endings. */
export function cpMonth(world: World, month: IsoDate, monthEndDate: IsoDate, days: number): void {
  const rng = world.rng
  const year = reportingYear(month)
  const stop = monthEndDate > world.today ? world.today : monthEndDate
  const onPlan = [...world.active].filter((c) => c.episode?.cp)
  let plan = world.plans.get(`cp:${year}`)
  if (!plan) {
    const months = monthsBetween(month, `${year}-03-01`)
    plan = planStarts(yearlyFlow('cpp_started_during_year_count', year) * world.scale, months.length, onPlan.length, (i) => valueOn(CP_STOCK, endOfMonth(months[i] as string)) * world.scale, () => onPlan.length * 0.03)
    world.plans.set(`cp:${year}`, plan)
    world.year.cpStarts = 0
    world.year.cpSecond = 0
  }
  const index = (Number(month.slice(5, 7)) + 8) % 12
  let quota = rng.round(plan[index] ?? 0)
  const secondShare = yearlyFlow('cpp_second_or_subsequent_percent', year) / 100
  const steer = wardSteering(world, 'cp')
  const pools: Pools = {
    steer,
    open: [...world.active].filter((c) => c.episode && !c.episode.cp && !c.episode.care && !c.disabled && c.born && age(c, month) < 16),
    alumni: world.cpAlumni.filter((c) => c.episode?.cp === undefined && c.episode?.care === undefined && c.leaver === undefined && c.born && age(c, month) < 16),
  }
  for (let guard = 0; quota > 0 && guard < 500; guard++) {
    const date = addDays(month, rng.int(days))
    if (date > world.today) break
    const behindOnSecond = secondShare * (world.year.cpStarts + 1) - world.year.cpSecond > 0.5
    const group = chooseGroup(world, date, behindOnSecond, pools)
    for (const child of group.slice(0, Math.max(1, quota))) {
      startCpPlan(world, child, date, { preBirth: !child.born })
      quota--
    }
  }
  enquiriesWithoutPlan(world, month, days, rng.round((plan[index] ?? 0) * 0.8), pools.open)
  const planned = [...world.active].filter((c) => c.episode?.cp && c.born)
  const target = valueOn(CP_STOCK, monthEndDate) * world.scale
  const current = [...world.active].filter((c) => c.episode?.cp).length
  const exits = Math.max(rng.round(current * 0.02), Math.round(current - target))
  const after = wardSteering(world, 'cp')
  // Plans end sooner in wards holding more than their share (keeps S002 §27's ward pattern steady).
  for (const child of rng.sampleWeighted(planned, exits, (c) => weightByLength(c.episode?.cp?.row.start_date, month) * (c.family.ward.cpTilt / after(c.family.ward)))) {
    const start = child.episode?.cp?.row.start_date as IsoDate
    const date = addDays(month, rng.int(days)) < addDays(start, 80) ? addDays(start, 80) : addDays(month, rng.int(days))
    if (date > stop || child.busyUntil > date) continue
    const route = rng.next()
    if (age(child, date) >= 17) {
      endCpPlan(world, child, date, 'no_longer_needed')
      closeEpisode(world, child, date, 'RC7')
    } else if (route < 0.6) {
      endCpPlan(world, child, date, 'stepped_down_to_cin')
      startCinPlan(world, child, date)
    } else {
      endCpPlan(world, child, date, route < 0.95 ? 'no_longer_at_risk' : 'moved_to_another_authority')
      closeEpisode(world, child, date, route < 0.95 ? 'RC7' : 'RC5')
    }
  }
}

function weightByLength(start: IsoDate | undefined, month: IsoDate): number {
  if (!start || addDays(start, 75) > month) return 0
  const months = (Number(month.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(start.slice(5, 7))
  return months ** 1.2
}

interface Pools {
  /** Ward weights that keep plans spread across wards as expected. */
  steer: (w: Ward) => number
  /** Children open as in need this month (candidates for escalation). */
  open: Child[]
  /** Children who have had a plan before. */
  alumni: Child[]
}

/** The children for the next plan: an unborn baby, a child with a previous plan, or a sibling group. */
function chooseGroup(world: World, date: IsoDate, second: boolean, pools: Pools): Child[] {
  const rng = world.rng
  if (rng.chance(0.11)) return [unbornChild(world, date, pools.steer)]
  const free = (c: Child) => c.episode?.cp === undefined && c.episode?.care === undefined && c.busyUntil <= date
  if (second) {
    for (let tries = 0; tries < 30 && pools.alumni.length > 0; tries++) {
      const c = rng.pick(pools.alumni)
      if (free(c)) return withSiblings(world, c, date, pools.steer)
    }
  }
  if (rng.chance(0.45)) {
    const chosen = rng.pickWeighted(pools.open, (c) => (c.episode && free(c) ? pools.steer(c.family.ward) * (age(c, date) < 5 ? 1.5 : age(c, date) < 12 ? 1 : 0.7) : 0), 4)
    if (chosen) return withSiblings(world, chosen, date, pools.steer)
  }
  const family = newFamily(world, date, Math.min(15, referralAge(world)), { tilt: pools.steer })
  return withSiblings(world, family.children[0] as Child, date, pools.steer)
}

/** The child with brothers and sisters (fewer when the ward already holds its share of plans). */
function withSiblings(world: World, child: Child, date: IsoDate, steer?: (w: Ward) => number): Child[] {
  const group = [child]
  const ward = child.family.ward
  const chance = 0.6 * (steer ? Math.min(1, steer(ward) / ward.cpTilt) : 1)
  for (const sibling of availableSiblings(child.family, date, child)) {
    if (sibling.episode?.cp === undefined && sibling.episode?.care === undefined && world.rng.chance(chance)) group.push(sibling)
  }
  return group
}

/** A baby due in the coming months, in a known family or a new one (S002 §28: 59 in a year). */
function unbornChild(world: World, date: IsoDate, steer: (w: Ward) => number): Child {
  const rng = world.rng
  const known = world.cpAlumni.find((c) => rng.chance(0.05) && c.family.children.every((s) => s.born))
  const family = known?.family ?? newFamily(world, date, 0, { unborn: true, tilt: steer, siblings: rng.weighted([[0, 50], [1, 30], [2, 20]] as const) })
  const child = known ? addChild(world, family, addDays(date, rng.between(21, 140)), date) : (family.children[0] as Child)
  child.careAtBirth = rng.chance(0.9)
  return child
}

/** Strategy discussions and enquiries that do not lead to a plan. */
function enquiriesWithoutPlan(world: World, month: IsoDate, days: number, count: number, open: readonly Child[]): void {
  const rng = world.rng
  for (let i = 0; i < count; i++) {
    const date = addDays(month, rng.int(days))
    if (date > world.today) return
    let child: Child | undefined
    if (rng.chance(0.4) && open.length > 0) {
      const c = rng.pick(open)
      if (c.episode && !c.episode.cp && !c.episode.care && !c.episode.s47 && c.busyUntil <= date) child = c
    }
    child ??= newFamily(world, date, referralAge(world)).children[0] as Child
    const episode = child.episode ?? openReferral(world, child, date, { strategy: true })
    if (!child.episode) continue
    const noS47 = rng.chance(0.15)
    const held = childRow(world, child, 'strategy_discussion', { child_id: child.id, referral_id: episode.referral.id, held_date: date, outcome: noS47 ? 'no_s47' : 's47' }, recordedAt(world, date, 1))
    if (noS47) continue
    const end = addWorkingDays(date, rng.between(8, 22))
    const outcome = rng.weighted([['nfa', 45], ['cin', 45], ['icpc', 10]] as const)
    const done = end <= world.today
    episode.s47 = childRow(
      world,
      child,
      's47_enquiry',
      {
        child_id: child.id,
        referral_id: episode.referral.id,
        strategy_discussion_id: held.id,
        start_date: date,
        end_date: done ? end : null,
        outcome: done ? outcome : null,
        icpc_target_date: addWorkingDays(date, 15),
        icpc_date: done && outcome === 'icpc' ? end : null,
        icpc_not_required: done && outcome !== 'icpc',
      },
      recordedAt(world, date, 2),
    )
    child.busyUntil = addDays(end, 1)
    if (done && outcome !== 'nfa') startCinPlan(world, child, end)
  }
}
