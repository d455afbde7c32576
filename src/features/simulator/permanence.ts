// Care proceedings and permanence: the public law outline before proceedings, the final hearing
// (26 weeks in law; longer in practice, and longest in 2020-21), and the adoption journey from the
// agency decision to the adoption order. Timings follow S002 §23 and §90 (placement order to
// adoption 558 days in 2019/20, 382 in 2020/21; placement order to match about 192 days).
import { addDays } from './calendar.ts'
import { addMonths, type IsoDate } from '../../platform/time/dates.ts'
import { childRow, recordedAt } from './records.ts'
import type { CareSpell, Child, World } from './state.ts'
import type { NewRow } from './writer.ts'

/** Weeks from application to final hearing by when the case was issued. */
function proceedingsWeeks(world: World, application: IsoDate): number {
  const rng = world.rng
  const mean = application < '2019-10-01' ? 31 : application < '2021-06-01' ? 44 : 38
  return Math.max(14, Math.round(mean + rng.normal() * 8))
}

/** Issues proceedings (with the pre-proceedings meetings that led to it when they were planned). */
export function issueProceedings(world: World, child: Child, care: CareSpell, application: IsoDate, planned: boolean): void {
  const rng = world.rng
  if (application > world.today) application = world.today
  if (planned) {
    const initial = addDays(application, -rng.between(42, 110))
    childRow(world, child, 'plo_meeting', { child_id: child.id, kind: 'initial', meeting_date: initial, outcome: 'continue_pre_proceedings' }, recordedAt(world, initial, 3))
    if (rng.chance(0.5)) {
      const review = addDays(initial, rng.between(28, 42))
      if (review < application) childRow(world, child, 'plo_meeting', { child_id: child.id, kind: 'review', meeting_date: review, outcome: 'continue_pre_proceedings' }, recordedAt(world, review, 3))
    }
    const decision = addDays(application, -rng.between(1, 10))
    childRow(world, child, 'plo_meeting', { child_id: child.id, kind: 'review', meeting_date: decision, outcome: 'issue_proceedings' }, recordedAt(world, decision, 3))
  }
  care.proceedings = childRow(
    world,
    child,
    'care_proceedings',
    { child_id: child.id, application_date: application, final_hearing_date: null, final_order: null, final_order_date: null },
    recordedAt(world, application, 2),
  )
  care.finalHearing = addDays(application, proceedingsWeeks(world, application) * 7)
}

export type FinalOrder = NonNullable<NewRow<'care_proceedings'>['final_order']>

/** The order the court makes at the final hearing, following the care plan. */
export function orderFor(world: World, care: CareSpell): FinalOrder {
  const rng = world.rng
  switch (care.pathway) {
    case 'adoption':
      return rng.chance(0.92) ? 'placement_order' : 'care_order'
    case 'sgo':
      return rng.chance(0.88) ? 'sgo' : 'cao'
    case 'home':
      return rng.chance(0.5) ? 'supervision_order' : rng.chance(0.5) ? 'care_order' : 'no_order'
    case 'long_term':
    case 'independence':
      return 'care_order'
  }
}

export function recordFinalOrder(care: CareSpell, date: IsoDate, order: FinalOrder): void {
  if (!care.proceedings) return
  care.proceedings.final_hearing_date = date
  care.proceedings.final_order = order
  care.proceedings.final_order_date = date
}

/** LS_ADOPTR for a couple (ssda903-fields.md §9): married L11 (different sexes) or L12 (same sex), civil partners L2, unmarried L3 or L4. */
function coupleStatus(sex: string, union: 'married' | 'civil_partners' | 'unmarried'): string {
  if (union === 'civil_partners') return 'L2'
  if (union === 'married') return sex === 'MF' ? 'L11' : 'L12'
  return sex === 'MF' ? 'L3' : 'L4'
}

/** The agency decision maker decides the child should be adopted (the journey begins). */
export function adoptionDecision(world: World, child: Child, care: CareSpell, date: IsoDate): void {
  const rng = world.rng
  const couple = rng.chance(0.85)
  const sex = couple ? rng.weighted([['MF', 80], ['FF', 12], ['MM', 8]] as const) : rng.weighted([['F1', 85], ['M1', 15]] as const)
  care.adoption = childRow(
    world,
    child,
    'adoption_journey',
    {
      child_id: child.id,
      period_of_care_id: care.period.id,
      adm_decision_date: date,
      ffa_date: null,
      placement_order_date: null,
      matched_date: null,
      placed_date: null,
      adoption_order_date: null,
      reversed_date: null,
      reversed_reason: null,
      adopted_by_foster_carer: false,
      foster_placement_start_date: null,
      sibling_group: child.family.children.filter((c) => c.episode?.care?.pathway === 'adoption').length > 1,
      adopters_count: couple ? 2 : 1,
      adopters_sex: sex,
      adopters_legal_status: couple ? coupleStatus(sex, rng.weighted([['married', 60], ['civil_partners', 10], ['unmarried', 30]] as const)) : 'L0',
    },
    recordedAt(world, date, 5),
  )
}

/** After the placement order: match, move in and adoption order dates, planned ahead. */
export function planAdoption(world: World, care: CareSpell, placementOrder: IsoDate): { matched: IsoDate; placed: IsoDate; order: IsoDate } | undefined {
  const journey = care.adoption
  if (!journey) return undefined
  const rng = world.rng
  journey.placement_order_date = placementOrder
  const toMatch = placementOrder < '2020-04-01' ? 230 : 175
  const matched = addDays(placementOrder, Math.round(rng.logNormal(toMatch, 0.45)))
  const placed = addDays(matched, rng.between(14, 40))
  const order = addDays(placed, rng.between(110, placementOrder < '2020-04-01' ? 300 : 220))
  return { matched, placed, order }
}

/** A plan for adoption can be reversed (RD1-RD4); the child stays looked after on a care order. */
export function reverseAdoption(world: World, care: CareSpell, date: IsoDate): void {
  if (!care.adoption) return
  care.adoption.reversed_date = date
  care.adoption.reversed_reason = world.rng.weighted([['RD1', 35], ['RD2', 15], ['RD3', 35], ['RD4', 15]] as const)
  care.pathway = 'long_term'
}

/** The permanence (care) plan recorded at the second review, renewed when the plan changes. */
export function recordPermanencePlan(world: World, child: Child, care: CareSpell, date: IsoDate): void {
  const code =
    care.pathway === 'adoption'
      ? 'ADOPTION'
      : care.pathway === 'sgo'
        ? 'LTRELFR'
        : care.pathway === 'home'
          ? world.rng.pick(['RETURN6M', 'RETURNEV', 'RETURN1M'])
          : care.pathway === 'independence'
            ? 'SUPPLIV'
            : care.placements.at(-1)?.category === 'external_residential'
              ? 'RESPLMT'
              : 'LTFOST18'
  if (care.permanence?.code === code) return
  if (care.permanence) care.permanence.end_date = date
  care.permanence = childRow(world, child, 'permanence_plan', { child_id: child.id, period_of_care_id: care.period.id, code, start_date: date, end_date: null }, recordedAt(world, date, 5))
}

export function permanenceOrder(world: World, child: Child, care: CareSpell, kind: NewRow<'permanence_order'>['kind'], date: IsoDate): void {
  childRow(world, child, 'permanence_order', { child_id: child.id, period_of_care_id: care.period.id, kind, order_date: date }, recordedAt(world, date, 3))
}

export function secondReviewDate(start: IsoDate): IsoDate {
  return addMonths(addDays(start, 28), 3)
}
