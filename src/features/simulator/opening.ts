// The authority as it stood on 31 March 2016, as a migration from the previous system would leave
// it: children already looked after (CSV cla_31_march_count 2016: 382), on plans (CSV
// cpp_31_march_count 2016: 250), in need, in early help and leaving care, plus the referrals and
// plans closed in the year before, so re-referrals and second plans have a history to count from.
// Open spells keep their start dates; routine history is kept from HISTORY_FLOOR only.
import { addDays } from './calendar.ts'
import { addYears, birthday, type IsoDate } from '../../platform/time/dates.ts'
import { completeAssessment, OUTCOME } from './cin.ts'
import { enterCare, leaveCare, setLegal, type Route } from './cla.ts'
import { endCpPlan, startCpPlan } from './cp.ts'
import { valueOn, yearlyFlow } from './curves.ts'
import { startEarlyHelp } from './early-help.ts'
import { closeEpisode, openReferral } from './front-door.ts'
import { adoptionDecision, orderFor, planAdoption, recordFinalOrder, recordPermanencePlan, secondReviewDate } from './permanence.ts'
import { categoryCounts, chooseCategory, place } from './placements.ts'
import { availableSiblings, newFamily } from './population.ts'
import type { CareSpell, Child, World } from './state.ts'
import { CARE_LEAVER_STOCK, CIN_PLAN_STOCK, CIN_STOCK, CLA_STOCK, CP_STOCK, DISABLED_STOCK, EARLY_HELP_STOCK } from './targets.ts'
import { initialStaff } from './workforce.ts'

export const START: IsoDate = '2016-04-01'
const SNAP: IsoDate = '2016-03-31'

export function openingStock(world: World): void {
  const n = (series: Parameters<typeof valueOn>[0]) => valueOn(series, SNAP) * world.scale
  const cla = n(CLA_STOCK)
  const cp = n(CP_STOCK)
  const cin = n(CIN_STOCK)
  const plans = n(CIN_PLAN_STOCK)
  const disabled = n(DISABLED_STOCK)
  const eh = n(EARLY_HELP_STOCK)
  const leavers = n(CARE_LEAVER_STOCK)
  initialStaff(world, {
    assessment_1: 5 * world.scale, assessment_2: 5 * world.scale, safeguarding_1: (cp + plans) / 74, safeguarding_2: (cp + plans) / 74,
    safeguarding_3: (cp + plans) / 74, safeguarding_4: (cp + plans) / 74, cic_1: cla / 36, cic_2: cla / 36, disability: disabled / 18,
    eh_North: eh / 96, eh_East: eh / 96, eh_South: eh / 96, eh_West: eh / 96, reviewing: cla / 55, care_leavers: leavers / 20, front_door: 5 * world.scale,
  })
  const rng = world.rng
  for (let i = 0; i < rng.round(cla); ) i += legacyCare(world)
  for (let i = 0; i < rng.round(cp); ) {
    const start = addDays(SNAP, -rng.between(1, 540))
    const family = newFamily(world, addDays(start, -40), rng.weighted([[0, 10], [2, 30], [6, 30], [12, 30]] as const) + rng.between(0, 3), { tilt: (w) => w.cpTilt })
    const first = family.children[0] as Child
    for (const child of [first, ...availableSiblings(family, start, first).filter(() => rng.chance(0.6))]) {
      startCpPlan(world, child, start)
      i++
    }
  }
  const assessing = rng.round(180 * world.scale)
  const support = rng.round(Math.max(0, cin - plans - assessing - disabled))
  for (let i = 0; i < rng.round(plans - disabled * 0.45); i++) legacyInNeed(world, OUTCOME.plan, false)
  for (let i = 0; i < support; i++) legacyInNeed(world, OUTCOME.support, false)
  for (let i = 0; i < rng.round(disabled); i++) legacyInNeed(world, rng.chance(0.45) ? OUTCOME.plan : OUTCOME.support, true)
  for (let i = 0; i < assessing; i++) {
    const child = newFamily(world, addDays(SNAP, -60), rng.between(0, 16)).children[0] as Child
    openReferral(world, child, addDays(SNAP, -rng.between(0, 50)))
  }
  for (let open = 0; open < eh; ) {
    const date = addDays(SNAP, -rng.between(0, 250))
    const child = newFamily(world, date, rng.between(0, 14)).children[0] as Child
    startEarlyHelp(world, [child], date)
    for (const c of child.family.children) {
      if (!c.earlyHelp) continue
      if (c.earlyHelp.until < START) c.earlyHelp.until = addDays(START, rng.between(5, 200))
      open++
    }
  }
  for (let i = 0; i < rng.round(leavers); i++) legacyLeaver(world)
  for (let i = 0; i < rng.round(yearlyFlow('referrals_count', 2016) * world.scale * 0.45); i++) legacyClosedReferral(world)
  for (let i = 0; i < rng.round(120 * world.scale); i++) legacyEndedPlan(world)
}

/** A child already looked after on 31 March 2016. Returns how many children that added. */
function legacyCare(world: World): number {
  const rng = world.rng
  const ageNow = rng.weighted([[0, 5], [1, 18], [2, 22], [3, 39], [4, 16]] as const)
  const [min, max] = ([[0, 0], [1, 4], [5, 9], [10, 15], [16, 17]] as const)[ageNow] as readonly [number, number]
  const years = rng.between(min, max) + rng.next() * 0.95
  const yearsIn = Math.min(years - 0.02, rng.exponential(2.4) + 0.05)
  const entry = addDays(SNAP, -Math.round(yearsIn * 365))
  const entryAge = Math.max(0, Math.floor(years - yearsIn))
  const child = newFamily(world, addDays(entry, -30), entryAge, { tilt: (w) => w.careTilt }).children[0] as Child
  const route: Route = entryAge < 10 ? rng.weighted([['court', 70], ['emergency', 10], ['s20', 20]] as const) : rng.weighted([['s20', 55], ['court', 35], ['emergency', 10]] as const)
  if (!enterCare(world, child, entry < child.dob ? child.dob : entry, route)) return 1
  const care = child.episode?.care as CareSpell
  settleLegacy(world, child, care)
  const moves = Math.min(3, rng.poisson(yearsIn * 0.45))
  const dates = Array.from({ length: moves }, () => addDays(care.period.start_date, rng.int(Math.max(1, Math.round(yearsIn * 365)))))
    .filter((d) => d < SNAP)
    .sort()
  for (const date of dates) place(world, child, date, chooseCategory(world, child, date, care.legal.at(-1)?.code ?? 'C2', categoryCounts(world)), { reason: 'CARPL' })
  return 1
}

/** Brings a legacy period of care's legal history up to 31 March 2016. */
function settleLegacy(world: World, child: Child, care: CareSpell): void {
  const rng = world.rng
  if (care.emergencyUntil !== undefined && care.emergencyUntil < START) {
    setLegal(world, child, care, care.emergencyUntil, 'C1')
    care.emergencyUntil = undefined
  }
  if (care.pathway === 'adoption' && care.admDue !== undefined && care.admDue < START) adoptionDecision(world, child, care, care.admDue)
  if (care.finalHearing !== undefined && care.finalHearing < START) {
    const date = care.finalHearing
    const order = orderFor(world, care) === 'placement_order' ? 'placement_order' : 'care_order'
    recordFinalOrder(care, date, order)
    care.finalHearing = undefined
    setLegal(world, child, care, date, order === 'placement_order' ? 'E1' : 'C2')
    if (order === 'placement_order') {
      if (!care.adoption) adoptionDecision(world, child, care, addDays(date, -30))
      const plan = planAdoption(world, care, date)
      if (plan) {
        const shift = plan.order < START ? rng.between(30, 240) : 0
        care.adoptionSchedule = { matched: plan.matched < START ? plan.matched : plan.matched, placed: plan.placed, order: addDays(plan.order, shift), reverse: false }
      }
    } else if (care.pathway !== 'home' && care.pathway !== 'independence') care.pathway = 'long_term'
  }
  if (secondReviewDate(care.period.start_date) < START) recordPermanencePlan(world, child, care, secondReviewDate(care.period.start_date))
}

function legacyInNeed(world: World, outcome: number, disabled: boolean): void {
  const rng = world.rng
  const referral = addDays(SNAP, -rng.between(70, 500))
  const child = newFamily(world, addDays(referral, -20), rng.between(0, 16)).children[0] as Child
  child.disabled = disabled
  openReferral(world, child, referral, disabled ? { need: 'N2' } : {})
  const due = child.episode?.assessmentDue
  if (!due || due >= START) return
  completeAssessment(world, child, due, outcome)
  const support = child.episode?.support
  if (support && support.until < START) support.until = addDays(START, rng.between(10, 120))
}

/** A young person who left care at 18 in the last three years and has a personal adviser. */
function legacyLeaver(world: World): void {
  const rng = world.rng
  const dob = addDays(addYears(SNAP, -18), -rng.between(10, 1000))
  const entryAge = rng.between(12, 16)
  const entry = addDays(birthday(dob, entryAge), rng.between(0, 300))
  const child = newFamily(world, addDays(entry, -30), entryAge).children[0] as Child
  child.dob = child.row.date_of_birth = dob
  if (!enterCare(world, child, addDays(entry, 1), rng.chance(0.6) ? 's20' : 'court')) return
  const care = child.episode?.care as CareSpell
  care.finalHearing = undefined
  if (care.legal.at(-1)?.code !== 'V2') setLegal(world, child, care, addDays(entry, 200), 'C2')
  leaveCare(world, child, birthday(dob, 18), rng.weighted([['E5', 5], ['E17', 2], ['E6', 1], ['E8', 1]] as const))
}

function legacyClosedReferral(world: World): void {
  const rng = world.rng
  const date = addDays('2015-04-01', rng.int(320))
  const child = newFamily(world, date, rng.between(0, 16)).children[0] as Child
  openReferral(world, child, date, { nfa: rng.chance(0.08) })
  const due = child.episode?.assessmentDue
  if (due && due < START) completeAssessment(world, child, due, OUTCOME.nfa)
}

function legacyEndedPlan(world: World): void {
  const rng = world.rng
  const start = addDays('2014-06-01', rng.int(400))
  const child = newFamily(world, addDays(start, -40), rng.between(0, 13), { tilt: (w) => w.cpTilt }).children[0] as Child
  startCpPlan(world, child, start)
  const end = addDays(start, rng.between(120, 330))
  endCpPlan(world, child, end < SNAP ? end : SNAP, 'no_longer_at_risk')
  closeEpisode(world, child, end < SNAP ? end : SNAP, 'RC7')
}
