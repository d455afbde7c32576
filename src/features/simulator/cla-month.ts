// The month in care. Starts are planned at the beginning of each reporting year so the year's total
// matches the DfE figure while the children in care follow CLA_STOCK (S002's 554 → 702 → 510
// trajectory between the March counts). Exits are what the curve needs: first the ones that must
// happen (eighteenth birthdays, adoption orders), then final hearings (postponed when the curve
// is already falling fast enough, as courts did in 2020), then the children whose plan is closest
// to ending (returns home, special guardianship, independence).
import { birthday, type IsoDate } from '../../platform/time/dates.ts'
import { addDays, monthEnd as endOfMonth, monthsBetween, reportingYear } from './calendar.ts'
import { enterCare, leaveCare, setLegal, type Exit, type Route } from './cla.ts'
import { planStarts, valueOn, yearlyFlow } from './curves.ts'
import { adoptionDecision, orderFor, planAdoption, recordFinalOrder, recordPermanencePlan, reverseAdoption, secondReviewDate } from './permanence.ts'
import { SUPPORTED_K3_FROM, categoryCounts, movesMonth, place, pressure, recodeSupportedAccommodation } from './placements.ts'
import { giveBirth, newFamily, steeredEthnicity, wardSteering } from './population.ts'
import { age, childRow, recordedAt } from './records.ts'
import type { CareSpell, Child, Ward, World } from './state.ts'
import { CLA_STOCK } from './targets.ts'
import { allocate } from './workforce.ts'

/**
 * Ages of children starting care (besides babies from pre-birth plans), and the share of each
 * age among children in care that the model keeps to: S002 §27's October 2020 profile, assumed to
 * hold throughout. Starts lean towards ages short of their share, flexible exits away from them.
 */
const BUCKETS = [
  { min: 0, max: 0, weight: 5, fromNew: 0.3, stock: 5.6 },
  { min: 1, max: 4, weight: 28, fromNew: 0.25, stock: 21.4 },
  { min: 5, max: 9, weight: 19, fromNew: 0.3, stock: 23.0 },
  { min: 10, max: 15, weight: 32, fromNew: 0.4, stock: 35.4 },
  { min: 16, max: 17, weight: 17, fromNew: 0.5, stock: 14.5 },
] as const

function bucketOf(childAge: number): number {
  return childAge < 1 ? 0 : childAge < 5 ? 1 : childAge < 10 ? 2 : childAge < 16 ? 3 : 4
}

/** How far each age band is above (>1) or below (<1) its share of children in care. */
function agePressure(world: World, month: IsoDate): number[] {
  const counts = BUCKETS.map(() => 0)
  let total = 0
  for (const c of world.active) {
    if (!c.episode?.care) continue
    const index = bucketOf(age(c, month))
    counts[index] = (counts[index] ?? 0) + 1
    total++
  }
  return BUCKETS.map((b, i) => ((counts[i] ?? 0) + 1) / ((b.stock / 100) * total + 1))
}

export function claMonth(world: World, month: IsoDate, monthEnd: IsoDate, days: number): void {
  const rng = world.rng
  const stop = monthEnd > world.today ? world.today : monthEnd
  if (month === SUPPORTED_K3_FROM) recodeSupportedAccommodation(world, month)
  const inCare = () => [...world.active].filter((c) => c.episode?.care)
  const year = reportingYear(month)
  let plan = world.plans.get(`cla:${year}`)
  if (!plan) {
    const current = inCare()
    const months = monthsBetween(month, `${year}-03-01`)
    const turning18 = months.map((m) => current.filter((c) => birthday(c.dob, 18) >= m && birthday(c.dob, 18) <= endOfMonth(m)).length)
    plan = planStarts(yearlyFlow('cla_started_during_year_count', year) * world.scale, months.length, current.length, (i) => valueOn(CLA_STOCK, endOfMonth(months[i] as string)) * world.scale, (i) => (turning18[i] ?? 0) + current.length * 0.012)
    world.plans.set(`cla:${year}`, plan)
  }
  let quota = rng.round(plan[(Number(month.slice(5, 7)) + 8) % 12] ?? 0)
  // Babies on pre-birth plans are born; most are looked after from birth (S002 §28-29).
  for (const child of [...world.active]) {
    if (child.born || child.dob > stop) continue
    giveBirth(world, child, child.dob)
    if (child.careAtBirth && enterCare(world, child, addDays(child.dob, rng.between(0, 3)), 'birth')) quota--
  }
  const pressure = agePressure(world, month)
  const steer = wardSteering(world, 'care')
  const bucketWeights = BUCKETS.map((b, i) => b.weight * Math.min(5, Math.max(0.2, (pressure[i] ?? 1) ** -3)))
  const buckets = BUCKETS.map(() => [] as Child[])
  for (const c of world.active) {
    if (!c.episode || c.episode.care || !c.born || c.disabled || birthday(c.dob, 18) <= addDays(month, 90)) continue
    buckets[bucketOf(age(c, month))]?.push(c)
  }
  for (let guard = 0; quota > 0 && guard < 200; guard++) {
    const date = addDays(month, rng.int(days))
    if (date > world.today) break
    quota -= startGroup(world, date, buckets, bucketWeights, steer)
  }
  const children = inCare()
  let exits = Math.round(children.length - valueOn(CLA_STOCK, monthEnd) * world.scale)
  const hearings: Array<{ child: Child; care: CareSpell }> = []
  for (const child of children) {
    const care = child.episode?.care as CareSpell
    if (birthday(child.dob, 18) <= stop) {
      leaveCare(world, child, birthday(child.dob, 18), rng.weighted([['E17', 18], ['E5', 45], ['E6', 10], ['E8', 15], ['E4A', 12]] as const))
      exits--
      continue
    }
    careEvents(world, child, care, stop)
    if (!child.episode?.care) {
      exits--
      continue
    }
    if (care.finalHearing !== undefined && care.finalHearing <= stop && !care.emergencyUntil) hearings.push({ child, care })
  }
  for (const { child, care } of hearings) {
    const order = orderFor(world, care)
    const date = care.finalHearing as IsoDate
    if (order === 'placement_order' || order === 'care_order') {
      recordFinalOrder(care, date, order)
      care.finalHearing = undefined
      setLegal(world, child, care, date, order === 'placement_order' ? 'E1' : 'C2')
      if (order === 'placement_order') {
        if (!care.adoption) adoptionDecision(world, child, care, addDays(date, -rng.between(20, 90)))
        // The decision to place comes no later than the placement order (DfE rule 554).
        else if (care.adoption.adm_decision_date > date) care.adoption.adm_decision_date = date
        const schedule = planAdoption(world, care, date)
        if (schedule) care.adoptionSchedule = { ...schedule, reverse: rng.chance(0.07) }
      } else if (care.pathway === 'adoption') {
        care.pathway = 'long_term'
        // The court made a care order, not a placement order: the decision to place ends (RD2).
        const journey = care.adoption
        if (journey && journey.reversed_date === null && journey.placed_date === null) {
          journey.reversed_date = date < journey.adm_decision_date ? journey.adm_decision_date : date
          journey.reversed_reason = 'RD2'
          care.adoptionSchedule = undefined
        }
      }
      allocate(world, child, 'social_worker', 'children_in_care', addDays(date, rng.between(0, 20)), 'TSPROC')
    } else if (exits > 0) {
      recordFinalOrder(care, date, order)
      care.finalHearing = undefined
      leaveCare(world, child, date, order === 'sgo' ? sgoReason(world, care) : order === 'cao' ? 'E41' : 'E4A')
      exits--
    } else care.finalHearing = addDays(date, rng.between(21, 49))
  }
  if (exits > 0) flexibleExits(world, children.filter((c) => c.episode?.care), exits, month, days, stop, pressure, excess(wardSteering(world, 'care')))
  movesMonth(world, month, days)
  for (const child of inCare()) transferToCareTeam(world, child, month)
}

/** The inverse of the steering weights: how far a ward is over its share. */
function excess(steer: (w: Ward) => number): (w: Ward) => number {
  return (w) => w.careTilt / steer(w)
}

function sgoReason(world: World, care: CareSpell): Exit {
  const current = care.placements.at(-1)?.category
  if (current === 'connected') return world.rng.chance(0.85) ? 'E45' : 'E47'
  if (current === 'inhouse_foster' || current === 'ifa_foster') return world.rng.chance(0.3) ? 'E46' : 'E47'
  return world.rng.chance(0.9) ? 'E47' : 'E48'
}

/** Scheduled steps of the care plan that fall due this month. */
function careEvents(world: World, child: Child, care: CareSpell, stop: IsoDate): void {
  const rng = world.rng
  if (care.emergencyUntil !== undefined && care.emergencyUntil <= stop) {
    setLegal(world, child, care, care.emergencyUntil, care.proceedings || age(child, stop) < 12 || rng.chance(0.5) ? 'C1' : 'V2')
    care.emergencyUntil = undefined
  }
  if (!care.permanence && secondReviewDate(care.period.start_date) <= stop) recordPermanencePlan(world, child, care, secondReviewDate(care.period.start_date))
  if (care.pathway === 'adoption' && !care.adoption && care.admDue !== undefined && care.admDue <= stop) adoptionDecision(world, child, care, care.admDue)
  const plan = care.adoptionSchedule
  const journey = care.adoption
  if (!plan || !journey) return
  if (plan.reverse && journey.matched_date === null && plan.matched <= stop) {
    reverseAdoption(world, care, plan.matched)
    // The placement order is revoked with the plan and the care order revives (Adoption and Children
    // Act 2002 s29), so no child stays on E1 without a decision to place (DfE rule 553).
    if (care.legal.at(-1)?.code === 'E1') setLegal(world, child, care, plan.matched, 'C2')
    care.adoptionSchedule = undefined
    recordPermanencePlan(world, child, care, plan.matched)
    return
  }
  if (journey.matched_date === null && plan.matched <= stop) journey.matched_date = plan.matched
  if (journey.placed_date === null && plan.placed <= stop) {
    const current = care.placements.at(-1)
    const withCarers = current?.category === 'inhouse_foster' && rng.chance(0.15)
    journey.placed_date = plan.placed
    journey.adopted_by_foster_carer = withCarers
    journey.foster_placement_start_date = withCarers ? (current?.row.start_date ?? null) : null
    place(world, child, plan.placed, 'adoption', withCarers && current?.carer ? { carer: current.carer, type: 'A5', reason: 'PLACE' } : { type: 'A6', reason: 'CARPL' })
  }
  if (journey.placed_date !== null && plan.order <= stop) leaveCare(world, child, plan.order, rng.chance(0.7) ? 'E11' : 'E12')
}

/** Children whose plans are nearest to ending leave, in the numbers the curve needs. */
function flexibleExits(world: World, children: Child[], count: number, month: IsoDate, days: number, stop: IsoDate, ages: number[], wardExcess: (w: Ward) => number): void {
  const rng = world.rng
  const over = pressure(world, month, categoryCounts(world))
  const weight = (child: Child): number => {
    const care = child.episode?.care as CareSpell
    const legal = care.legal.at(-1)?.code ?? 'V2'
    if (legal === 'E1' || care.finalHearing !== undefined || care.emergencyUntil !== undefined || legal === 'J1' && rng.chance(0.5)) return 0
    const months = (Date.parse(month) - Date.parse(care.period.start_date)) / (30.4 * 86_400_000)
    if (months < 1) return 0
    const category = care.placements.at(-1)?.category
    // Placed with parents: the care order is discharged; with relatives: special guardianship.
    const settledAtHome = category === 'with_parents' ? 3 : category === 'connected' ? 2.5 : 0
    const plan = Math.max(settledAtHome, care.pathway === 'home' ? 4 : care.pathway === 'sgo' ? 3 : care.pathway === 'independence' ? (age(child, month) >= 17 ? 3 : 1) : 0.5)
    const ageBand = Math.min(5, Math.max(0.2, (ages[bucketOf(age(child, month))] ?? 1) ** 3))
    return plan * Math.min(3, months / 6 + 0.3) * (category ? Math.min(8, over[category] ** 3) : 1) * (legal === 'V2' ? 1.5 : 1) * ageBand * wardExcess(child.family.ward)
  }
  for (const child of rng.sampleWeighted(children, count, weight)) {
    const care = child.episode?.care as CareSpell
    const date = addDays(month, rng.int(days))
    if (date > stop) continue
    const category = care.placements.at(-1)?.category
    const childAge = age(child, date)
    const reason: Exit =
      childAge >= 16 && care.pathway === 'independence'
        ? rng.weighted([['E5', 6], ['E6', 1], ['E8', 1]] as const)
        : category === 'connected' && childAge < 16 && rng.chance(0.7)
          ? sgoReason(world, care)
          : care.pathway === 'sgo' && rng.chance(0.6)
            ? sgoReason(world, care)
            : rng.weighted([['E4A', 70], ['E4B', 12], ['E13', 6], ['E41', 4], ['E3', 4], ['E8', 4]] as const)
    leaveCare(world, child, date, reason)
  }
}

/** Children leave the safeguarding teams for a children-in-care team once their plan is settled. */
function transferToCareTeam(world: World, child: Child, month: IsoDate): void {
  const care = child.episode?.care
  const team = child.allocations.get('social_worker')?.worker.team?.service
  if (!care || team === 'children_in_care' || team === 'disability') return
  const legal = care.legal.at(-1)?.code
  const settled = legal === 'C2' || legal === 'E1' || (legal === 'V2' && addDays(care.period.start_date, 120) < month)
  if (settled) allocate(world, child, 'social_worker', 'children_in_care', addDays(month, world.rng.int(20)), 'TSPROC')
}

/** One child (and often brothers and sisters) becoming looked after. Returns how many started. */
function startGroup(world: World, date: IsoDate, buckets: Child[][], weights: number[], steer: (w: Ward) => number): number {
  const rng = world.rng
  if (rng.chance(0.012)) return uasc(world, date)
  const index = rng.weightedIndex(weights)
  const bucket = BUCKETS[index] as (typeof BUCKETS)[number]
  const open = buckets[index] ?? []
  let child: Child | undefined
  let route: Route
  if (!rng.chance(bucket.fromNew) && open.length > 0) {
    // Younger children mostly come into care from a protection plan; teenagers as often from CIN.
    const protectedFirst = rng.chance(bucket.max < 10 ? 0.75 : 0.45)
    const free = (c: Child) => c.episode !== undefined && c.episode.care === undefined && c.busyUntil <= date
    child =
      rng.pickWeighted(open, (c) => (free(c) && (c.episode?.cp !== undefined) === protectedFirst ? steer(c.family.ward) : 0), 7) ??
      rng.pickWeighted(open, (c) => (free(c) ? steer(c.family.ward) : 0), 7)
  }
  if (child) {
    const onPlan = child.episode?.cp !== undefined
    route = bucket.max < 10 ? rng.weighted([['court', onPlan ? 75 : 45], ['emergency', 10], ['s20', onPlan ? 15 : 45]] as const) : rng.weighted([['s20', 62], ['court', 24], ['emergency', 11], ['remand', 3]] as const)
  } else {
    const targetAge = rng.between(bucket.min, bucket.max)
    child = newFamily(world, date, targetAge, { tilt: steer, ethnicity: steeredEthnicity(world) }).children[0] as Child
    route = bucket.max < 10 ? rng.weighted([['emergency', 40], ['s20', 30], ['court', 30]] as const) : rng.weighted([['s20', 60], ['emergency', 30], ['remand', 10]] as const)
  }
  let started = enterCare(world, child, date, route) ? 1 : 0
  if (started === 0) return 1
  const damp = Math.min(1, steer(child.family.ward) / child.family.ward.careTilt)
  for (const sibling of child.family.children) {
    if (sibling === child || !sibling.born || sibling.episode?.care || sibling.busyUntil > date || age(sibling, date) >= 17 || !rng.chance((sibling.episode ? 0.55 : 0.15) * damp) || sibling.adopted) continue
    if (enterCare(world, sibling, date, route === 'remand' ? 's20' : route)) started++
  }
  return started
}

function uasc(world: World, date: IsoDate): number {
  const rng = world.rng
  const family = newFamily(world, date, rng.between(15, 17), { siblings: 0, ethnicity: rng.pick(['BAFR', 'OOTH', 'AOTH', 'BOTH']) })
  const child = family.children[0] as Child
  child.sex = 'M'
  child.row.sex = 'M'
  if (!enterCare(world, child, date, 'uasc')) return 1
  childRow(world, child, 'immigration_status', { child_id: child.id, status: 'UASC', start_date: date, end_date: null }, recordedAt(world, date, 3))
  return 1
}
