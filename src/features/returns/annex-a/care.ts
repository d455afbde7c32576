// Lists 8–10: children in care, care leavers and children with an adoption plan in the window.
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import type { IsoDate } from '../../../platform/time/dates.ts'
import type { ListRow } from './lists.ts'
import { allocatedOn, childColumns, loadPeople, yesNo, type AnnexWindow } from './people.ts'

const by = (date: IsoDate | null, asAt: IsoDate): IsoDate | null => (date !== null && date <= asAt ? date : null)
const latest = (dates: Array<IsoDate | null>): IsoDate | null => dates.reduce<IsoDate | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null)
const current = <T extends { start_date: IsoDate }>(spells: T[], on: IsoDate): T | undefined => spells.filter((s) => s.start_date <= on).pop()

export async function childInCareRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const periods = await db
    .selectFrom('period_of_care')
    .select(['id', 'child_id', 'start_date', 'end_date', 'reason_ceased', 'category_of_need'])
    .where('start_date', '<=', w.asAt)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', w.start)]))
    .orderBy('start_date')
    .orderBy('id')
    .execute()
  const ids = [...new Set(periods.map((p) => p.child_id))]
  if (ids.length === 0) return []
  const [legal, placements, reviews, visits, plans, health, missing, uasc] = await Promise.all([
    db.selectFrom('legal_status').select(['period_of_care_id', 'code', 'start_date']).where('child_id', 'in', ids).where('start_date', '<=', w.asAt).orderBy('start_date').execute(),
    db.selectFrom('placement').select(['period_of_care_id', 'placement_type', 'provider', 'postcode', 'urn', 'start_date']).where('child_id', 'in', ids).where('start_date', '<=', w.asAt).orderBy('start_date').orderBy('id').execute(),
    db.selectFrom('cla_review').select(['period_of_care_id', 'held_date']).where('child_id', 'in', ids).where('cancelled', '=', false).where('held_date', '<=', w.asAt).execute(),
    db.selectFrom('visit').select(['child_id', 'visit_date']).where('child_id', 'in', ids).where('kind', '=', 'cla').where('seen', '=', true).where('visit_date', '<=', w.asAt).execute(),
    db.selectFrom('permanence_plan').select(['period_of_care_id', 'code', 'start_date']).where('child_id', 'in', ids).where('start_date', '<=', w.asAt).orderBy('start_date').execute(),
    db.selectFrom('health_check').select(['child_id', 'kind', 'done_date']).where('child_id', 'in', ids).where('status', '=', 'completed').where('done_date', '<=', w.asAt).execute(),
    db.selectFrom('missing_episode').select(['child_id', 'kind', 'start_date', 'rhi_offered', 'rhi_accepted']).where('child_id', 'in', ids).where('start_date', '>=', w.yearStart).where('start_date', '<=', w.asAt).orderBy('start_date').execute(),
    db.selectFrom('immigration_status').select('child_id').where('child_id', 'in', ids).where('status', '=', 'UASC').where('start_date', '<=', w.asAt).execute(),
  ])
  const people = await loadPeople(db, ids)
  const asylum = new Set(uasc.map((u) => u.child_id))
  return periods.map((p) => {
    const person = people.get(p.child_id)
    const ended = by(p.end_date, w.asAt)
    const on = ended ?? w.asAt
    const mine = placements.filter((pl) => pl.period_of_care_id === p.id)
    const placement = current(mine, on)
    const checks = health.filter((h) => h.child_id === p.child_id)
    const episodes = missing.filter((m) => m.child_id === p.child_id)
    const lastMissing = episodes.filter((m) => m.kind === 'M').pop()
    return [
      ...childColumns(person, p.child_id, w.asAt), yesNo(person?.disabled), yesNo(asylum.has(p.child_id)), p.start_date, p.category_of_need,
      current(legal.filter((l) => l.period_of_care_id === p.id), on)?.code ?? null,
      mine.filter((pl) => pl.start_date >= w.yearStart).length + (mine.some((pl) => pl.start_date < w.yearStart) ? 1 : 0),
      latest(reviews.filter((r) => r.period_of_care_id === p.id).map((r) => r.held_date)),
      latest(visits.filter((v) => v.child_id === p.child_id && v.visit_date >= p.start_date).map((v) => v.visit_date)),
      current(plans.filter((pp) => pp.period_of_care_id === p.id), on)?.code ?? null,
      null, // Sightline does not yet record IRO contacts with the child as their own event.
      latest(checks.filter((h) => h.kind !== 'dental').map((h) => h.done_date)), latest(checks.filter((h) => h.kind === 'dental').map((h) => h.done_date)),
      placement?.placement_type ?? null, placement?.provider ?? null, placement?.postcode ?? null, ended, ended === null ? null : p.reason_ceased, placement?.urn ?? null,
      episodes.filter((m) => m.kind === 'M').length, episodes.filter((m) => m.kind === 'A').length,
      lastMissing ? yesNo(lastMissing.rhi_offered) : null, lastMissing ? yesNo(lastMissing.rhi_accepted) : null,
      ...allocatedOn(person, 'social_worker', on),
    ]
  })
}

const ELIGIBILITY: Record<string, string> = { eligible: 'Eligible', relevant: 'Relevant', former_relevant: 'Former relevant', qualifying: 'Qualifying' }

export async function careLeaverRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  // Care leavers aged 16 to 25 on the as-at date (the record keeps no start date for the status).
  const all = await db.selectFrom('care_leaver').select(['child_id', 'eligibility', 'pathway_plan_date', 'pathway_plan_review_date']).orderBy('child_id').execute()
  if (all.length === 0) return []
  const people = await loadPeople(db, all.map((l) => l.child_id))
  const leavers = all.filter((l) => {
    const age = childColumns(people.get(l.child_id), l.child_id, w.asAt)[4]
    return typeof age === 'number' && age >= 16 && age <= 25
  })
  const ids = leavers.map((l) => l.child_id)
  const contacts = ids.length === 0 ? [] : await db.selectFrom('care_leaver_contact').select(['child_id', 'contact_date', 'in_touch', 'accommodation', 'accommodation_suitable', 'activity']).where('child_id', 'in', ids).where('contact_date', '<=', w.asAt).orderBy('contact_date').execute()
  return leavers.map((l) => {
    const person = people.get(l.child_id)
    const contact = contacts.filter((c) => c.child_id === l.child_id).pop()
    const suitable = contact?.accommodation_suitable
    const review = latest([by(l.pathway_plan_date, w.asAt), by(l.pathway_plan_review_date, w.asAt)])
    return [
      ...childColumns(person, l.child_id, w.asAt), ELIGIBILITY[l.eligibility] ?? l.eligibility, contact?.in_touch ?? null, contact?.contact_date ?? null, contact?.accommodation ?? null,
      suitable === null || suitable === undefined ? null : suitable ? 'Suitable' : 'Unsuitable', contact?.activity ?? null, review, ...allocatedOn(person, 'personal_adviser', w.asAt),
    ]
  })
}

export async function adoptionRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('adoption_journey as a')
    .innerJoin('period_of_care as p', 'p.id', 'a.period_of_care_id')
    .leftJoin('permanence_order as o', (join) => join.onRef('o.period_of_care_id', '=', 'a.period_of_care_id').on('o.kind', '=', 'adoption'))
    .select(['a.child_id', 'p.start_date as entered', 'a.adm_decision_date', 'a.placement_order_date', 'a.matched_date', 'a.placed_date', 'a.adoption_order_date', 'o.order_date', 'a.reversed_date', 'a.reversed_reason', 'a.ffa_date', 'a.id'])
    .where('a.adm_decision_date', '<=', w.asAt)
    .orderBy('a.adm_decision_date')
    .orderBy('a.id')
    .execute()
  // Journeys still under way at the start of the window: no order and no reversal before it.
  const live = rows.filter((r) => {
    const finished = r.adoption_order_date ?? r.order_date ?? r.reversed_date
    return finished === null || finished >= w.start
  })
  const people = await loadPeople(db, live.map((r) => r.child_id))
  return live.map((r) => {
    const person = people.get(r.child_id)
    const reversed = by(r.reversed_date, w.asAt)
    return [
      ...childColumns(person, r.child_id, w.asAt), r.entered, r.adm_decision_date, by(r.placement_order_date, w.asAt), by(r.matched_date, w.asAt), by(r.placed_date, w.asAt),
      by(r.adoption_order_date ?? r.order_date, w.asAt), reversed, reversed === null ? null : r.reversed_reason, by(r.ffa_date, w.asAt), ...allocatedOn(person, 'social_worker', w.asAt),
    ]
  })
}
