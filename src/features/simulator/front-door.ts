// The front door: contacts, screening decisions against the threshold of need (levels 1-4 and
// criteria from code list threshold_criterion) and referrals. Referrals follow the DfE yearly
// count (CSV referrals_count) spread over the months, and the share that are re-referrals within
// 12 months follows CSV rereferrals_within_12_months_percent: the model picks that share of
// referred children from those referred in the previous year.
import type { IsoDate } from '../../platform/time/dates.ts'
import { addDays, addWorkingDays, reportingYear, stamp, yearBefore } from './calendar.ts'
import { yearlyFlow } from './curves.ts'
import { endCinPlan, startAssessment } from './cin.ts'
import { newFamily } from './population.ts'
import { age, childRow, closeAllocation, recordedAt } from './records.ts'
import type { Child, Episode, World, Worker } from './state.ts'
import { allocate, hire, team } from './workforce.ts'

export type ScreeningOutcome = 'nfa' | 'advice' | 'early_help' | 'referral' | 'strategy_discussion'

const SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['6', 29], ['2A', 17], ['2B', 1], ['3A', 3], ['3B', 4], ['3C', 1], ['3D', 2], ['3E', 3], ['3F', 2], ['4', 2],
  ['5A', 3], ['5B', 4], ['5C', 2], ['5D', 2], ['1A', 5], ['1B', 1], ['1C', 1], ['1D', 1], ['7', 2], ['8', 8], ['9', 4], ['10', 3],
]

/** Primary need at referral (CIN census category of need; N1 dominates in Middlesbrough, S002 §39). */
const NEEDS: ReadonlyArray<readonly [string, number]> = [
  ['N1', 56], ['N3', 5], ['N4', 12], ['N5', 14], ['N6', 5], ['N7', 1], ['N8', 4],
]

const CONCERNS: Record<number, ReadonlyArray<readonly [string, string]>> = {
  1: [['UNIV', 'Request for information about local support']],
  2: [['EH-SINGLE', 'School concerned about attendance'], ['HOUSING', 'Family facing eviction'], ['BEHAV', 'Behaviour at home and school']],
  3: [['EH-MULTI', 'Several agencies concerned about the family'], ['DA', 'Domestic abuse notification'], ['MH', 'Parent’s mental health'], ['SUBST', 'Parental alcohol use']],
  4: [['ABUSE', 'Injury with an unclear explanation'], ['NEGLECT', 'Home conditions and neglect'], ['DA', 'Domestic abuse incident, children present'], ['SUBST', 'Parental drug use'], ['EXPLOIT', 'Concern about exploitation'], ['MISSING', 'Repeatedly missing from home']],
}

const LEVEL: Record<ScreeningOutcome, ReadonlyArray<readonly [number, number]>> = {
  nfa: [[1, 7], [2, 3]],
  advice: [[1, 4], [2, 6]],
  early_help: [[2, 3], [3, 7]],
  referral: [[3, 1], [4, 6]],
  strategy_discussion: [[4, 1]],
}

export function screener(world: World, date: IsoDate): Worker {
  const frontDoor = team(world, 'front_door')
  const available = frontDoor.workers.filter((w) => w.role === 'screener' && w.start <= date && (w.end === null || w.end > date))
  const wanted = Math.max(2, Math.round(6 * world.scale))
  if (available.length < wanted) return hire(world, frontDoor, 'screener', date)
  return world.rng.pick(available)
}

/** A contact and its screening decision. Returns the contact id and when the decision was made. */
export function receiveContact(world: World, child: Child, date: IsoDate, outcome: ScreeningOutcome, extra: { criterion?: string; source?: string } = {}): { contactId: number; decided: IsoDate; receivedAt: string; decidedAt: string; source: string; screenerId: number } {
  const rng = world.rng
  const level = rng.weighted(LEVEL[outcome])
  const [code, reason] = extra.criterion ? [extra.criterion, 'Concern for an unborn baby'] : rng.pick(CONCERNS[level] ?? [])
  const source = extra.source ?? rng.weighted(SOURCES)
  const receivedAt = stamp(date, rng.chance(0.2) ? rng.between(0, 1439) : rng.between(8 * 60, 17 * 60))
  // Decisions within one working day have become the norm since 2020 (S000: MACH "timely").
  const late = date < '2020-04-01' ? 0.18 : 0.06
  const decided = rng.chance(late) ? addWorkingDays(date, rng.between(1, 3)) : date
  const decidedAt = decided === date ? stamp(date, Math.min(1439, Number(receivedAt.slice(11, 13)) * 60 + rng.between(30, 300))) : stamp(decided, rng.between(9 * 60, 17 * 60))
  const who = screener(world, date)
  const at = recordedAt(world, date, 0)
  const contact = childRow(world, child, 'contact', { child_id: child.id, received_at: receivedAt, source, source_detail: null, reason, subject_description: null, team_id: team(world, 'front_door').id, referral_id: null }, at)
  const decision = childRow(world, child, 'screening_decision', { child_id: child.id, contact_id: contact.id, threshold_level: level, outcome, decided_at: decidedAt, screener_id: who.id, rationale: `Threshold level ${level}: ${reason.toLowerCase()}` }, recordedAt(world, decided, 0))
  childRow(world, child, 'screening_criterion', { child_id: child.id, screening_decision_id: decision.id, code }, recordedAt(world, decided, 0))
  if (rng.chance(0.15) && level >= 3) childRow(world, child, 'screening_criterion', { child_id: child.id, screening_decision_id: decision.id, code: rng.pick(['DA', 'MH', 'SUBST', 'HOUSING'] as const) === code ? 'EH-MULTI' : rng.pick(['DA', 'MH', 'SUBST', 'HOUSING'] as const) }, recordedAt(world, decided, 0))
  return { contactId: contact.id, decided, receivedAt, decidedAt, source, screenerId: who.id }
}

/** Opens a CIN episode for the child (a referral), with an assessment unless no further action. */
export function openReferral(
  world: World,
  child: Child,
  date: IsoDate,
  options: { need?: string; nfa?: boolean; strategy?: boolean; noAssessment?: boolean; unborn?: boolean } = {},
): Episode {
  const rng = world.rng
  if (date > world.today) date = world.today
  const contact = receiveContact(world, child, date, options.strategy ? 'strategy_discussion' : 'referral', options.unborn ? { criterion: 'UNBORN', source: rng.pick(['3B', '3F', '3D']) } : {})
  const need = options.need ?? (child.disabled ? 'N2' : rng.weighted(NEEDS))
  if (child.lastReferralDate !== undefined && child.lastReferralDate >= yearBefore(date)) world.monthRereferrals++
  world.monthReferrals++
  const nfa = options.nfa ?? false
  const referral = childRow(
    world,
    child,
    'referral',
    {
      child_id: child.id,
      referral_date: date,
      received_at: contact.receivedAt,
      decision_at: contact.decidedAt,
      source: contact.source,
      source_detail: null,
      primary_need: need,
      nfa,
      closure_date: nfa ? contact.decided : null,
      closure_reason: nfa ? 'RC8' : null,
      team_id: team(world, 'front_door').id,
      worker_id: contact.screenerId,
    },
    recordedAt(world, contact.decided, 1),
  )
  // The contact is linked to the referral it became.
  const contactEntry = child.bundle.find((e) => e.table === 'contact' && e.row.id === contact.contactId)
  if (contactEntry && contactEntry.table === 'contact') contactEntry.row.referral_id = referral.id
  child.lastReferralDate = date
  world.recentReferrals.push(child)
  const episode: Episode = { referral, assessment: undefined, assessmentDue: undefined, assessmentDone: false, cinPlan: undefined, support: undefined, cp: undefined, care: undefined, s47: undefined }
  if (nfa) return episode
  child.episode = episode
  allocate(world, child, 'social_worker', child.disabled ? 'disability' : 'assessment', contact.decided, 'FCONTA')
  if (!options.noAssessment) startAssessment(world, child, addWorkingDays(contact.decided, rng.between(0, 2)))
  return episode
}

function lastActivity(episode: Episode): IsoDate {
  const { referral, assessment, cinPlan, s47, cp } = episode
  const dates = [referral.referral_date, assessment?.start_date, assessment?.authorised_date, cinPlan?.start_date, s47?.start_date, s47?.end_date, s47?.icpc_date, cp?.row.start_date, cp?.row.end_date]
  return dates.reduce<IsoDate>((a, b) => (b !== null && b !== undefined && b > a ? b : a), referral.referral_date)
}

/** Closes the open CIN episode. */
export function closeEpisode(world: World, child: Child, date: IsoDate, reason: string): void {
  const episode = child.episode
  if (!episode) return
  // A case closes no earlier than the last thing done in it (DfE CIN rule 8565), and an enquiry
  // still open when it closes is concluded then, without a conference (rule 8868).
  const latest = lastActivity(episode)
  if (date < latest) date = latest
  if (date > world.today) date = world.today
  const s47 = episode.s47
  if (s47 && s47.end_date === null && s47.icpc_date === null) {
    s47.end_date = date < s47.start_date ? s47.start_date : date
    s47.outcome = 'nfa'
    s47.icpc_not_required = true
  }
  episode.referral.closure_date = date < episode.referral.referral_date ? episode.referral.referral_date : date
  episode.referral.closure_reason = reason
  if (episode.assessment && !episode.assessment.authorised_date) {
    episode.assessment.authorised_date = date < episode.assessment.start_date ? episode.assessment.start_date : date
  }
  if (episode.cinPlan) endCinPlan(world, child, date)
  child.episode = undefined
  const allocation = child.allocations.get('social_worker')
  if (allocation) closeAllocation(world, child, allocation, date)
  child.busyUntil = addDays(date, 1)
}

/**
 * A child to refer this month: a re-referral (from `pool`, the children referred in the past 13
 * months), a child known before, or a new family's child.
 */
export function pickReferralChild(world: World, date: IsoDate, rereferral: boolean, pool: readonly Child[]): Child {
  const rng = world.rng
  if (rereferral && pool.length > 0) {
    const cutoff = yearBefore(date)
    for (let tries = 0; tries < 40; tries++) {
      const c = rng.pick(pool)
      if (c.episode === undefined && c.busyUntil <= date && c.lastReferralDate !== undefined && c.lastReferralDate >= cutoff && c.lastReferralDate < date && age(c, date) < 17) return c
    }
  }
  if (rng.chance(0.45)) {
    const cutoff = yearBefore(date)
    for (let tries = 0; tries < 20; tries++) {
      const known = rng.pick(world.children)
      const last = known.lastReferralDate
      if (known.episode === undefined && known.born && known.busyUntil <= date && (last === undefined || last < cutoff) && age(known, date) < 17) return known
    }
  }
  const family = newFamily(world, date, referralAge(world))
  return family.children[0] as Child
}

/** Age of a newly referred child (CIN census: a broad spread, more teenagers than babies). */
export function referralAge(world: World): number {
  return world.rng.weighted([[0, 9], [1, 6], [2, 6], [3, 6], [4, 6], [5, 6], [6, 6], [7, 6], [8, 6], [9, 6], [10, 6], [11, 6], [12, 6], [13, 7], [14, 7], [15, 7], [16, 5]] as const)
}

/** Monthly: tops referrals up to the month's share of the year, then adds contacts that end at the door. */
export function frontDoorMonth(world: World, month: IsoDate, days: number): void {
  const rng = world.rng
  const year = reportingYear(month)
  const seasonal = month.slice(5, 7) === '08' ? 0.8 : month.slice(5, 7) === '12' ? 0.9 : 1.03
  const wanted = (yearlyFlow('referrals_count', year) / 12) * seasonal * world.scale
  const rerefShare = yearlyFlow('rereferrals_within_12_months_percent', year) / 100
  const remaining = rng.round(wanted - world.monthReferrals)
  const pool = world.recentReferrals.filter((c) => c.born && c.episode === undefined)
  for (let i = 0; i < remaining; i++) {
    const date = addDays(month, rng.int(days))
    if (date > world.today) continue
    const rerefNeeded = rerefShare * (world.monthReferrals + 1) - world.monthRereferrals
    const child = pickReferralChild(world, date, rng.chance(Math.max(0, Math.min(1, rerefNeeded))), pool)
    child.disabled = child.disabled || rng.chance(0.04)
    openReferral(world, child, date, { nfa: rng.chance(0.07) })
  }
  // Contacts that end at the front door: about half as many as referrals (advice or no further
  // action), mostly about children the service already knows.
  const quiet = rng.round(wanted * 0.5)
  for (let i = 0; i < quiet; i++) {
    const date = addDays(month, rng.int(days))
    if (date > world.today) continue
    let child: Child | undefined
    for (let tries = 0; tries < 25 && !child; tries++) {
      const known = rng.pick(world.children)
      if (known.born && known.episode === undefined && age(known, date) < 17 && known.busyUntil <= date) child = known
    }
    child ??= newFamily(world, date, referralAge(world), { siblings: 0 }).children[0] as Child
    receiveContact(world, child, date, rng.chance(0.55) ? 'nfa' : 'advice')
  }
}
