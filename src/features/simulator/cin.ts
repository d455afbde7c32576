// Children in need: single assessments (45 working days; late ones, children not seen), their
// factors, and what follows: no further action, a step down to early help, a CIN plan, or
// services without a plan. CIN plans and the whole CIN caseload follow S002 §21 (496 plans of
// 1,017 CIN in September 2019; 932 of 1,868 in September 2020): each month the controllers move
// the chances of a plan or of open services, and close the longest-running plans when there are
// more than the curve allows.
import { addMonths, type IsoDate } from '../../platform/time/dates.ts'
import { addDays, addWorkingDays, reportingYear } from './calendar.ts'
import { valueOn } from './curves.ts'
import { startEarlyHelp } from './early-help.ts'
import { closeEpisode } from './front-door.ts'
import { age, childRow, recordedAt } from './records.ts'
import { oversight, reviewDates, spellEnd, visits } from './routine.ts'
import type { Child, World } from './state.ts'
import { CIN_PLAN_STOCK, CIN_STOCK, DISABLED_STOCK } from './targets.ts'
import { allocate } from './workforce.ts'

/** Share of assessments finishing after 45 working days, by reporting year (improving from 2021, S001 §7, S000). */
const LATE: Record<number, number> = { 2016: 0.2, 2017: 0.22, 2018: 0.25, 2019: 0.3, 2020: 0.22, 2021: 0.08 }

export function startAssessment(world: World, child: Child, start: IsoDate): void {
  const episode = child.episode
  if (!episode) return
  const rng = world.rng
  if (start > world.today) start = world.today
  const late = rng.chance(LATE[reportingYear(start)] ?? 0.1)
  const days = late ? rng.between(46, 85) : Math.round(12 + 33 * Math.sqrt(rng.next()))
  const due = addWorkingDays(start, days)
  const seen = child.born && rng.chance(0.96) ? addWorkingDays(start, rng.between(1, Math.min(10, days))) : null
  const worker = child.allocations.get('social_worker')?.worker
  episode.assessmentDue = due
  episode.assessment = childRow(
    world,
    child,
    'assessment',
    {
      child_id: child.id,
      referral_id: episode.referral.id,
      start_date: start,
      child_seen_date: seen !== null && seen <= world.today ? seen : null,
      authorised_date: null,
      authorised_by: null,
      nfa: null,
      team_id: worker?.team?.id ?? null,
      worker_id: worker?.id ?? null,
    },
    recordedAt(world, start, 2),
  )
}

const FACTORS: ReadonlyArray<readonly [string, number]> = [
  ['3B', 18], ['3A', 6], ['4B', 14], ['2B', 9], ['1B', 7], ['16A', 11], ['17A', 8], ['18C', 3], ['19C', 1], ['4A', 6],
  ['14A', 4], ['10A', 3], ['11A', 2], ['24A', 2], ['13A', 1], ['15A', 3], ['5B', 3], ['6B', 3], ['7A', 2], ['3C', 2], ['20', 4],
]

function recordFactors(world: World, child: Child, assessmentId: number, date: IsoDate, none: boolean): void {
  const rng = world.rng
  const codes = new Set<string>()
  if (none) codes.add('21')
  else {
    if (child.disabled) codes.add(rng.pick(['5A', '6A']))
    const n = rng.weighted([[1, 5], [2, 4], [3, 2]] as const)
    for (let i = 0; i < n; i++) codes.add(rng.weighted(FACTORS))
  }
  for (const code of codes) childRow(world, child, 'assessment_factor', { child_id: child.id, assessment_id: assessmentId, code }, recordedAt(world, date, 1))
}

export const OUTCOME = { nfa: 0, earlyHelp: 1, plan: 2, support: 3 } as const

/** The assessment is authorised; the episode goes where the outcome takes it (or where told). */
export function completeAssessment(world: World, child: Child, date: IsoDate, forced?: number): void {
  const episode = child.episode
  const assessment = episode?.assessment
  if (!episode || !assessment) return
  const rng = world.rng
  episode.assessmentDone = true
  assessment.authorised_date = date < assessment.start_date ? assessment.start_date : date
  assessment.authorised_by = child.allocations.get('social_worker')?.worker.team?.manager?.id ?? null
  const statutory = episode.cp !== undefined || episode.care !== undefined || episode.cinPlan !== undefined || episode.s47 !== undefined
  if (statutory) {
    assessment.nfa = false
    recordFactors(world, child, assessment.id, date, false)
    return
  }
  const c = world.control
  const weights = child.disabled ? [0.1, 0, 0.45 * c.disabled, 0.45 * c.disabled] : [0.42, 0.17, 0.26 * c.plan, 0.15 * c.support]
  const outcome = forced ?? rng.weightedIndex(weights)
  assessment.nfa = outcome <= 1
  recordFactors(world, child, assessment.id, date, outcome === 0 && rng.chance(0.35))
  if (outcome === 0) closeEpisode(world, child, date, 'RC8')
  else if (outcome === 1) {
    const referralId = episode.referral.id
    closeEpisode(world, child, date, 'RC9')
    startEarlyHelp(world, [child], addDays(date, rng.between(1, 10)), { steppedDownFrom: referralId })
  } else if (outcome === 2) startCinPlan(world, child, addDays(date, rng.between(0, 6)))
  else startSupport(world, child, date)
}

export function startCinPlan(world: World, child: Child, date: IsoDate): void {
  const episode = child.episode
  if (!episode || episode.cinPlan) return
  if (date > world.today) date = world.today
  episode.support = undefined
  allocate(world, child, 'social_worker', child.disabled ? 'disability' : 'safeguarding', date, 'TSPROC')
  const worker = child.allocations.get('social_worker')?.worker
  episode.cinPlan = childRow(world, child, 'cin_plan', { child_id: child.id, referral_id: episode.referral.id, start_date: date, end_date: null, team_id: worker?.team?.id ?? null, worker_id: worker?.id ?? null }, recordedAt(world, date, 3))
}

function startSupport(world: World, child: Child, date: IsoDate): void {
  const episode = child.episode
  if (!episode) return
  const rng = world.rng
  // A disabled child's package runs for years (ended by the controller); other services for weeks.
  const until = child.disabled ? '9999-12-31' : addDays(date, rng.between(28, 130))
  episode.support = { start: date, until }
  if (child.disabled) allocate(world, child, 'social_worker', 'disability', date, 'TSPROC')
}

/** Ends the child's CIN plan (routine records are written for its whole life). */
export function endCinPlan(world: World, child: Child, date: IsoDate): void {
  const plan = child.episode?.cinPlan
  if (!plan) return
  plan.end_date = date < plan.start_date ? plan.start_date : date
  cinPlanRoutine(world, child, plan.id, plan.start_date, plan.end_date)
  if (child.episode) child.episode.cinPlan = undefined
}

export function cinPlanRoutine(world: World, child: Child, planId: number, start: IsoDate, end: IsoDate | null): void {
  const stop = spellEnd(world, end)
  for (const review of reviewDates(world, addMonths(start, 3), end ?? '9999-12-31', (held) => addMonths(held, 3), 0.1)) {
    childRow(world, child, 'cin_plan_review', { child_id: child.id, cin_plan_id: planId, due_date: review.due, held_date: review.held }, recordedAt(world, review.held ?? review.due, 5))
  }
  visits(world, child, 'cin', start, stop, 42, 10)
  oversight(world, child, start, stop, 150, 'Plan reviewed with the social worker')
}

/** Children open as in need now (not on a plan for protection, not looked after). */
function inNeed(child: Child): boolean {
  const e = child.episode
  return e !== undefined && e.cp === undefined && e.care === undefined
}

/** Monthly: authorise assessments that are due, end services, and steer CIN towards its curves. */
export function cinMonth(world: World, month: IsoDate, monthEnd: IsoDate): void {
  const rng = world.rng
  const stop = monthEnd > world.today ? world.today : monthEnd
  let open = 0
  let plans = 0
  let disabled = 0
  const planned: Child[] = []
  const disabledOpen: Child[] = []
  for (const child of [...world.active]) {
    const e = child.episode
    if (!e) continue
    if (e.assessment && !e.assessmentDone && e.assessmentDue !== undefined && e.assessmentDue <= stop) completeAssessment(world, child, e.assessmentDue)
    if (child.episode?.support && child.episode.support.until <= stop && !child.episode.cinPlan) closeEpisode(world, child, child.episode.support.until, 'RC7')
    if (!inNeed(child)) continue
    open++
    if (child.disabled) {
      disabled++
      if (child.episode?.assessmentDone) disabledOpen.push(child)
    } else if (child.episode?.cinPlan) {
      plans++
      planned.push(child)
    }
  }
  const disabledPlans = disabledOpen.filter((c) => c.episode?.cinPlan).length
  const planTarget = valueOn(CIN_PLAN_STOCK, monthEnd) * world.scale - disabledPlans
  const planExits = Math.max(rng.round(plans * 0.035), Math.round(plans - planTarget))
  for (const child of rng.sampleWeighted(planned, planExits, (c) => monthsOn(c.episode?.cinPlan?.start_date, month))) {
    const plan = child.episode?.cinPlan
    if (!plan) continue
    const date = laterOf(addDays(month, rng.int(28)), addDays(plan.start_date, 30))
    if (date > stop) continue
    endCinPlan(world, child, date)
    const route = rng.next()
    if (route < 0.25) {
      const referralId = child.episode?.referral.id
      closeEpisode(world, child, date, 'RC7')
      startEarlyHelp(world, [child], addDays(date, rng.between(1, 14)), referralId !== undefined ? { steppedDownFrom: referralId } : {})
    } else closeEpisode(world, child, date, route < 0.93 ? 'RC7' : 'RC5')
  }
  const disabledTarget = valueOn(DISABLED_STOCK, monthEnd) * world.scale
  // About ten disabled children a month are still being assessed: the target leaves room for them.
  const disabledExits = Math.max(rng.round(disabled * 0.015), Math.round(disabled - disabledTarget + 10 * world.scale))
  for (const child of rng.sampleWeighted(disabledOpen, disabledExits, (c) => 1 + age(c, month) / 4)) {
    const drawn = addDays(month, rng.int(28))
    if (drawn > stop) continue
    // Not before a plan that began later in the month (the plan ends the day the case closes).
    const planStart = child.episode?.cinPlan?.start_date
    const date = planStart !== undefined && planStart > drawn ? planStart : drawn
    endCinPlan(world, child, date)
    closeEpisode(world, child, date, age(child, date) >= 17 ? 'RC6' : 'RC7')
  }
  // Services without a plan close early when the caseload is over its curve.
  const cinTarget = valueOn(CIN_STOCK, monthEnd) * world.scale
  const supported = [...world.active].filter((ch) => ch.episode?.support && !ch.disabled && !ch.episode.cinPlan && !ch.episode.cp && !ch.episode.care)
  const early = Math.max(0, Math.round((open - planExits - disabledExits - cinTarget) * 0.25))
  for (const child of rng.sampleWeighted(supported, early, () => 1)) {
    const support = child.episode?.support
    const date = addDays(month, rng.int(28))
    if (!support || date > stop || date <= support.start) continue
    closeEpisode(world, child, date, 'RC7')
  }
  const c = world.control
  c.plan = steer(c.plan, planTarget, plans - planExits)
  c.support = steer(c.support, cinTarget, open - planExits - disabledExits - early)
  c.disabled = steer(c.disabled, disabledTarget, disabled - disabledExits)
}

/** Nudges a multiplier up when a stock is under its target and down when over. */
export function steer(current: number, target: number, actual: number): number {
  const ratio = Math.max(0.75, Math.min(1.3, (target + 1) / (actual + 1)))
  return Math.max(0.2, Math.min(5, current * ratio ** 0.7))
}

function monthsOn(start: IsoDate | undefined, month: IsoDate): number {
  if (!start) return 0
  const months = (Number(month.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(start.slice(5, 7))
  return months < 2 ? 0 : months ** 1.3
}

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}
