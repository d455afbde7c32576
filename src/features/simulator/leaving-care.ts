// Care leavers: a personal adviser from leaving care until 21 (25 for some in education), a
// pathway plan reviewed six-monthly, and the "on or around the birthday" contacts the SSDA903
// collects (in touch, accommodation, activity). Activity follows S000: 55% of care leavers aged
// 17-18 and 64% of those aged 19-21 were not in education, employment or training.
import { addDays } from './calendar.ts'
import { addMonths, birthday, type IsoDate } from '../../platform/time/dates.ts'
import { age, childRow, closeAllocation, recordedAt } from './records.ts'
import { visits } from './routine.ts'
import type { CareSpell, Child, World } from './state.ts'
import { allocate } from './workforce.ts'

export function becomeCareLeaver(world: World, child: Child, care: CareSpell, left: IsoDate): void {
  if (child.leaver) return
  const rng = world.rng
  const leftAge = age(child, left)
  const sixteen = birthday(child.dob, 16)
  const planDate = sixteen > care.period.start_date ? addDays(sixteen, rng.between(0, 60)) : addDays(care.period.start_date, rng.between(20, 60))
  const until = birthday(child.dob, rng.chance(0.12) ? 25 : 21)
  const row = childRow(
    world,
    child,
    'care_leaver',
    {
      child_id: child.id,
      eligibility: leftAge >= 18 ? 'former_relevant' : 'relevant',
      pathway_plan_date: planDate <= left ? planDate : left,
      pathway_plan_review_date: null,
      },
    recordedAt(world, left, 5),
  )
  child.leaver = { row, leftCare: left, until }
  allocate(world, child, 'personal_adviser', 'care_leavers', left, 'TSPROC')
}

/** Monthly: advisers' involvement ends at 21 (or 25); eligibility moves on at 18. */
export function leaversMonth(world: World, monthEnd: IsoDate): void {
  for (const child of [...world.active]) {
    const leaver = child.leaver
    if (!leaver || leaver.until > monthEnd || leaver.until > world.today) continue
    endLeaver(world, child, leaver.until)
  }
}

export function endLeaver(world: World, child: Child, date: IsoDate): void {
  const leaver = child.leaver
  if (!leaver) return
  leaverRoutine(world, child, date)
  const allocation = child.allocations.get('personal_adviser')
  if (allocation) closeAllocation(world, child, allocation, date)
  child.leaver = undefined
}

const ACCOMMODATION: ReadonlyArray<readonly [string, number]> = [
  ['U', 30], ['D', 20], ['B', 15], ['Z', 9], ['E', 6], ['K', 5], ['T', 3], ['S', 2], ['V', 2], ['X', 2], ['W', 1], ['C', 2], ['Y', 3],
]

/** Birthday contacts, adviser visits every two months, and the latest pathway plan review. */
export function leaverRoutine(world: World, child: Child, end: IsoDate): void {
  const leaver = child.leaver
  if (!leaver) return
  const rng = world.rng
  const stop = end > world.today ? world.today : end
  if (leaver.row.eligibility === 'relevant' && birthday(child.dob, 18) <= stop) leaver.row.eligibility = 'former_relevant'
  for (let year = 17; year <= 21; year++) {
    const date = addDays(birthday(child.dob, year), rng.between(-30, 60))
    if (date < leaver.leftCare || date > stop) continue
    const inTouch = rng.weighted([['YES', 86], ['NO', 5], ['REFU', 3], ['NREQ', 3], ['RHOM', 3]] as const)
    const neet = rng.chance(year <= 18 ? 0.55 : 0.64)
    // Staying put (Z) is with former foster carers after 18, until 21; a foyer (T) is for over-18s
    // (DfE rules 3001, 347: neither at the 17th birthday, nor T at the 18th).
    const offered = ACCOMMODATION.filter(([code]) => (code !== 'Z' || (year >= 18 && year <= 20)) && (code !== 'T' || year >= 19))
    const accommodation = inTouch === 'YES' ? rng.weighted(offered) : null
    // No fixed abode (S) and custody (X) are never considered suitable: ACCOM takes S2 and X2 only.
    const suitable = inTouch === 'YES' ? rng.chance(0.88) && accommodation !== 'S' && accommodation !== 'X' : null
    childRow(
      world,
      child,
      'care_leaver_contact',
      {
        child_id: child.id,
        contact_date: date,
        in_touch: inTouch,
        accommodation,
        accommodation_suitable: suitable,
        activity: inTouch !== 'YES' ? null : neet ? rng.weighted([['G5', 6], ['G6', 2], ['G4', 2]] as const) : rng.weighted([['F2', 8], ['F5', 5], ['P5', 3], ['F4', 2], ['P2', 1], ['F1', 2], ['P1', 1]] as const),
      },
      recordedAt(world, date, 10),
    )
  }
  visits(world, child, 'care_leaver', leaver.leftCare, stop, 75, 20, 0.85)
  let review = addMonths(leaver.row.pathway_plan_date ?? leaver.leftCare, 6)
  let latest: IsoDate | null = null
  while (review <= stop) {
    latest = review
    review = addMonths(review, 6)
  }
  leaver.row.pathway_plan_review_date = latest
}
