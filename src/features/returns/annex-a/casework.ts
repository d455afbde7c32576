// Lists 6 and 7: children in need and children on child protection plans at any point in the window.
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import type { IsoDate } from '../../../platform/time/dates.ts'
import type { ListRow } from './lists.ts'
import { allocatedOn, childColumns, loadPeople, yesNo, type AnnexWindow } from './people.ts'

const CATEGORY: Record<string, string> = { NEG: 'Neglect', PHY: 'Physical abuse', SAB: 'Sexual abuse', EMO: 'Emotional abuse', MUL: 'Multiple' }

const by = (date: IsoDate | null, asAt: IsoDate): IsoDate | null => (date !== null && date <= asAt ? date : null)

function latest(dates: Array<IsoDate | null>): IsoDate | null {
  return dates.reduce<IsoDate | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null)
}

export async function childInNeedRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('referral')
    .select(['id', 'child_id', 'referral_date', 'primary_need', 'closure_date', 'closure_reason'])
    .where('nfa', '=', false)
    .where('referral_date', '<=', w.asAt)
    .where((eb) => eb.or([eb('closure_date', 'is', null), eb('closure_date', '>=', w.start)]))
    .orderBy('referral_date')
    .orderBy('id')
    .execute()
  const ids = [...new Set(rows.map((r) => r.child_id))]
  const seen = ids.length === 0 ? [] : await db.selectFrom('visit').select(['child_id', 'visit_date']).where('child_id', 'in', ids).where('seen', '=', true).where('visit_date', '<=', w.asAt).execute()
  const people = await loadPeople(db, ids)
  return rows.map((r) => {
    const person = people.get(r.child_id)
    const closed = by(r.closure_date, w.asAt)
    const lastSeen = latest(seen.filter((v) => v.child_id === r.child_id && v.visit_date >= r.referral_date && (closed === null || v.visit_date <= closed)).map((v) => v.visit_date))
    return [
      ...childColumns(person, r.child_id, w.asAt), yesNo(person?.disabled), r.referral_date, r.primary_need, lastSeen, closed, closed === null ? null : r.closure_reason,
      closed === null ? 'Open' : 'Closed', ...allocatedOn(person, 'social_worker', closed ?? w.asAt),
    ]
  })
}

export async function childProtectionRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('cp_plan')
    .select(['id', 'child_id', 'start_date', 'end_date', 'initial_category', 'latest_category'])
    .where('start_date', '<=', w.asAt)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', w.start)]))
    .orderBy('start_date')
    .orderBy('id')
    .execute()
  const ids = [...new Set(rows.map((r) => r.child_id))]
  const [visits, reviews, plans, protection] = ids.length === 0
    ? [[], [], [], []]
    : await Promise.all([
        db.selectFrom('visit').select(['child_id', 'visit_date', 'seen_alone']).where('child_id', 'in', ids).where('kind', '=', 'cp').where('seen', '=', true).where('visit_date', '<=', w.asAt).orderBy('visit_date').execute(),
        db.selectFrom('cp_review').select(['cp_plan_id', 'held_date']).where('child_id', 'in', ids).where('held_date', '<=', w.asAt).execute(),
        db.selectFrom('cp_plan').select(['child_id', 'start_date']).where('child_id', 'in', ids).execute(),
        // Emergency protection order (L2) or police protection (L1) at any time in the six months.
        db.selectFrom('legal_status').select('child_id').where('child_id', 'in', ids).where('code', 'in', ['L1', 'L2']).where('start_date', '<=', w.asAt)
          .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', w.start)])).execute(),
      ])
  const people = await loadPeople(db, ids)
  const protectedChildren = new Set(protection.map((p) => p.child_id))
  return rows.map((r) => {
    const person = people.get(r.child_id)
    const ended = by(r.end_date, w.asAt)
    const visit = visits.filter((v) => v.child_id === r.child_id && v.visit_date >= r.start_date && (ended === null || v.visit_date <= ended)).pop()
    const review = latest(reviews.filter((v) => v.cp_plan_id === r.id).map((v) => v.held_date))
    const previous = plans.filter((p) => p.child_id === r.child_id && p.start_date < r.start_date).length
    return [
      ...childColumns(person, r.child_id, w.asAt), r.start_date, CATEGORY[r.initial_category] ?? r.initial_category, CATEGORY[r.latest_category] ?? r.latest_category,
      visit?.visit_date ?? null, visit ? yesNo(visit.seen_alone) : null, review, ended, yesNo(protectedChildren.has(r.child_id)), previous,
      ...allocatedOn(person, 'social_worker', ended ?? w.asAt),
    ]
  })
}
