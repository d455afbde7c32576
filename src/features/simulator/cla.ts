// Children looked after: becoming looked after (at birth, through proceedings, in an emergency,
// under section 20, on remand, unaccompanied), legal status spells, and ceasing care. How many
// start and cease each month follows CLA_STOCK and the DfE yearly starts (CSV
// cla_started_during_year_count); the monthly controller in cla-month.ts decides how many.
import { addDays } from './calendar.ts'
import { addYears, ageOn, type IsoDate } from '../../platform/time/dates.ts'
import { claRoutine } from './cla-routine.ts'
import { endCinPlan, startCinPlan } from './cin.ts'
import { endCpPlan } from './cp.ts'
import { closeEpisode, openReferral } from './front-door.ts'
import { becomeCareLeaver } from './leaving-care.ts'
import { issueProceedings, permanenceOrder } from './permanence.ts'
import { categoryCounts, chooseCategory, endPlacement, place } from './placements.ts'
import { age, childRow, closeAllocation, recordedAt } from './records.ts'
import type { CareSpell, Child, World } from './state.ts'
import { allocate } from './workforce.ts'

export type Route = 'court' | 'emergency' | 's20' | 'remand' | 'uasc' | 'birth'

function pathwayFor(world: World, childAge: number): CareSpell['pathway'] {
  const rng = world.rng
  if (childAge < 2) return rng.weighted([['adoption', 32], ['sgo', 30], ['home', 26], ['long_term', 12]] as const)
  if (childAge < 5) return rng.weighted([['adoption', 15], ['sgo', 35], ['home', 32], ['long_term', 18]] as const)
  if (childAge < 10) return rng.weighted([['sgo', 28], ['home', 36], ['long_term', 36]] as const)
  if (childAge < 16) return rng.weighted([['sgo', 8], ['home', 42], ['long_term', 50]] as const)
  return rng.weighted([['independence', 60], ['home', 40]] as const)
}

/** Starts a period of care. Returns false if the child cannot start one on that date. */
export function enterCare(world: World, child: Child, date: IsoDate, route: Route): boolean {
  const rng = world.rng
  if (!child.born || child.episode?.care || date < child.dob || date > world.today) return false
  if (!child.episode) openReferral(world, child, addDays(date, -rng.between(0, 1)), { need: route === 'uasc' ? 'N8' : route === 'remand' ? 'N6' : 'N1' })
  const episode = child.episode
  if (!episode) return false
  if (episode.cp) endCpPlan(world, child, date, 'child_looked_after')
  if (episode.cinPlan) endCinPlan(world, child, date)
  episode.support = undefined
  const childAge = ageOn(child.dob, date)
  const period = childRow(
    world,
    child,
    'period_of_care',
    { child_id: child.id, start_date: date, end_date: null, reason_ceased: null, category_of_need: episode.referral.primary_need === 'N2' ? 'N2' : route === 'uasc' ? 'N8' : route === 'remand' ? 'N6' : rng.chance(0.8) ? 'N1' : rng.pick(['N4', 'N5', 'N3']) },
    recordedAt(world, date, 2),
  )
  const care: CareSpell = {
    period,
    legal: [],
    placements: [],
    pathway: route === 'uasc' ? 'long_term' : pathwayFor(world, childAge),
    finalHearing: undefined,
    proceedings: undefined,
    adoption: undefined,
    admDue: undefined,
    adoptionSchedule: undefined,
    emergencyUntil: undefined,
    permanence: undefined,
    entryAge: childAge,
  }
  episode.care = care
  const first = route === 'court' || route === 'birth' ? (route === 'birth' && rng.chance(0.2) ? 'L2' : 'C1') : route === 'emergency' ? (childAge >= 10 && rng.chance(0.6) ? 'L1' : 'L2') : route === 'remand' ? 'J1' : 'V2'
  setLegal(world, child, care, date, first)
  if (first === 'L1' || first === 'L2') care.emergencyUntil = addDays(date, rng.between(2, first === 'L1' ? 3 : 8))
  if (first === 'C1' || first === 'L2') issueProceedings(world, child, care, first === 'C1' ? addDays(date, -rng.between(0, 4)) : (care.emergencyUntil as IsoDate), route === 'court')
  if (care.pathway === 'adoption') care.admDue = addDays(date, rng.between(80, 200))
  const previous = rng.weighted([['Z1', 86], ['P4', 4], ['P2', 5], ['P3', 3], ['P1', 2]] as const)
  const orderMonth = previous === 'Z1' || previous === 'P4' ? null : `${addYears(date, -rng.between(1, 6)).slice(0, 7)}-01`
  childRow(world, child, 'previous_permanence', { child_id: child.id, period_of_care_id: period.id, code: previous, order_month: orderMonth !== null && orderMonth < child.dob ? null : orderMonth, order_day_known: rng.chance(0.7), arranging_la: previous === 'Z1' || previous === 'P4' ? null : rng.chance(0.7) ? '806' : rng.pick(['807', '808', '805', '876']) }, recordedAt(world, date, 10))
  const counts = categoryCounts(world)
  const category = route === 'uasc' && childAge >= 16 ? 'supported' : chooseCategory(world, child, date, first, counts)
  place(world, child, date, category)
  allocate(world, child, 'social_worker', first === 'V2' && childAge >= 12 ? 'children_in_care' : 'safeguarding', date, 'TSPROC')
  allocate(world, child, 'iro', 'reviewing', addDays(date, rng.between(0, 5)), 'FCONTA')
  child.busyUntil = addDays(date, 1)
  return true
}

/** A new legal status from a date (the previous one ends that day). */
export function setLegal(world: World, child: Child, care: CareSpell, date: IsoDate, code: string): void {
  const current = care.legal.at(-1)
  if (current?.code === code) return
  if (current && current.end_date === null) {
    if (current.start_date >= date) {
      current.code = code
      return
    }
    current.end_date = date
  }
  care.legal.push(childRow(world, child, 'legal_status', { child_id: child.id, period_of_care_id: care.period.id, code, start_date: date, end_date: null }, recordedAt(world, date, 3)))
}

export type Exit = 'E11' | 'E12' | 'E2' | 'E3' | 'E4A' | 'E4B' | 'E13' | 'E41' | 'E45' | 'E46' | 'E47' | 'E48' | 'E5' | 'E6' | 'E7' | 'E9' | 'E14' | 'E16' | 'E17' | 'E8'

/** Ends the period of care and everything open in it, then whatever follows (CIN, leaving care). */
export function leaveCare(world: World, child: Child, date: IsoDate, reason: Exit): void {
  const episode = child.episode
  const care = episode?.care
  if (!episode || !care) return
  // Leaving can never come before the latest change recorded in the period.
  const latest = [care.period.start_date, care.legal.at(-1)?.start_date ?? '', care.placements.at(-1)?.row.start_date ?? ''].sort().at(-1) as IsoDate
  if (date <= latest) date = addDays(latest, 1)
  if (date > world.today) return
  const placement = care.placements.at(-1)
  if (placement && placement.row.end_date === null) endPlacement(world, placement, date, null, false)
  const legal = care.legal.at(-1)
  if (legal && legal.end_date === null) legal.end_date = date
  care.period.end_date = date
  care.period.reason_ceased = reason
  if (care.permanence && care.permanence.end_date === null) care.permanence.end_date = date
  claRoutine(world, child, care)
  const iro = child.allocations.get('iro')
  if (iro) closeAllocation(world, child, iro, date)
  episode.care = undefined
  child.busyUntil = addDays(date, 1)
  const childAge = age(child, date)
  // A decision to place for adoption ends when the child leaves care other than by adoption
  // (DfE rule 557): their needs have changed.
  // A decision recorded as made after the day the child left is dated that day (DfE rule 117).
  const journey = care.adoption
  if (journey && journey.reversed_date === null && reason !== 'E11' && reason !== 'E12') {
    if (journey.adm_decision_date > date) journey.adm_decision_date = date
    journey.reversed_date = date
    journey.reversed_reason = 'RD1'
  }
  if (reason === 'E11' || reason === 'E12') {
    child.adopted = true
    permanenceOrder(world, child, care, 'adoption', date)
    if (care.adoption) care.adoption.adoption_order_date = date
    closeEpisode(world, child, date, 'RC1')
  } else if (reason === 'E41') {
    permanenceOrder(world, child, care, 'cao', date)
    closeEpisode(world, child, date, 'RC3')
  } else if (reason === 'E45' || reason === 'E46' || reason === 'E47' || reason === 'E48') {
    permanenceOrder(world, child, care, 'sgo', date)
    closeEpisode(world, child, date, 'RC4')
  } else if (childAge >= 16 && (reason === 'E17' || reason === 'E5' || reason === 'E6' || reason === 'E8' || reason === 'E4A') && daysInCare(care, date) >= 91) {
    closeEpisode(world, child, date, childAge >= 18 ? 'RC6' : 'RC7')
    becomeCareLeaver(world, child, care, date)
  } else if ((reason === 'E4A' || reason === 'E4B') && world.rng.chance(0.5)) {
    startCinPlan(world, child, date)
  } else closeEpisode(world, child, date, reason === 'E3' ? 'RC5' : 'RC7')
}

function daysInCare(care: CareSpell, date: IsoDate): number {
  return (Date.parse(date) - Date.parse(care.period.start_date)) / 86_400_000
}
