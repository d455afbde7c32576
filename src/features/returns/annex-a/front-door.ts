// Lists 1–5: contacts, early help assessments, referrals, assessments, and section 47 enquiries
// with their initial conferences, in the 6-month window; lists 3 and 5 carry 12-month counts.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { londonDate } from '../../../platform/time/dates.ts'
import type { ListRow } from './lists.ts'
import { allocatedOn, childColumns, loadPeople, yesNo, type AnnexWindow } from './people.ts'

export async function contactRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  // received_at is a timestamp; the window is in London calendar days.
  const rows = await db
    .selectFrom('contact')
    .leftJoin('team', 'team.id', 'contact.team_id')
    .select(['contact.id', 'contact.child_id', 'contact.received_at', 'contact.source', 'team.name as team'])
    .where(sql<string>`(contact.received_at at time zone 'Europe/London')::date`, '>=', w.start)
    .where(sql<string>`(contact.received_at at time zone 'Europe/London')::date`, '<=', w.asAt)
    .orderBy('contact.received_at')
    .orderBy('contact.id')
    .execute()
  const people = await loadPeople(db, rows.flatMap((r) => (r.child_id === null ? [] : [r.child_id])))
  return rows.map((r) => {
    const person = r.child_id === null ? undefined : people.get(r.child_id)
    const day = londonDate(r.received_at)
    const [team, worker] = allocatedOn(person, 'social_worker', day)
    return [...childColumns(person, r.child_id, w.asAt), day, r.source, team ?? r.team, worker]
  })
}

export async function earlyHelpRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('early_help_episode as e')
    .leftJoin('team', 'team.id', 'e.team_id')
    .leftJoin('worker', 'worker.id', 'e.lead_worker_id')
    .select(['e.child_id', 'e.start_date', 'e.assessment_date', 'team.name as team', 'worker.forename', 'worker.surname'])
    .where('e.start_date', '<=', w.asAt)
    .where((eb) => eb.or([eb('e.start_date', '>=', w.start), eb.and([eb('e.assessment_date', '>=', w.start), eb('e.assessment_date', '<=', w.asAt)])]))
    .orderBy('e.start_date')
    .orderBy('e.id')
    .execute()
  const people = await loadPeople(db, rows.map((r) => r.child_id))
  return rows.map((r) => {
    const completed = r.assessment_date !== null && r.assessment_date <= w.asAt ? r.assessment_date : null
    const worker = r.forename ? `${r.forename} ${r.surname}` : null
    return [...childColumns(people.get(r.child_id), r.child_id, w.asAt), r.start_date, completed, 'Local authority early help service', r.team, worker]
  })
}

export async function referralRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('referral')
    .select(['id', 'child_id', 'referral_date', 'source', 'nfa'])
    .where('referral_date', '>=', w.start)
    .where('referral_date', '<=', w.asAt)
    .orderBy('referral_date')
    .orderBy('id')
    .execute()
  const ids = [...new Set(rows.map((r) => r.child_id))]
  const lastYear = ids.length === 0 ? [] : await db.selectFrom('referral').select(['child_id', 'referral_date']).where('child_id', 'in', ids).where('referral_date', '>=', w.yearStart).where('referral_date', '<=', w.asAt).execute()
  const people = await loadPeople(db, ids)
  return rows.map((r) => {
    const person = people.get(r.child_id)
    const count = lastYear.filter((l) => l.child_id === r.child_id).length
    return [...childColumns(person, r.child_id, w.asAt), r.referral_date, r.source, yesNo(r.nfa), count, ...allocatedOn(person, 'social_worker', r.referral_date)]
  })
}

export async function assessmentRows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('assessment as a')
    .leftJoin('team', 'team.id', 'a.team_id')
    .leftJoin('worker', 'worker.id', 'a.worker_id')
    .select(['a.id', 'a.child_id', 'a.start_date', 'a.child_seen_date', 'a.authorised_date', 'a.nfa', 'team.name as team', 'worker.forename', 'worker.surname'])
    .where('a.start_date', '<=', w.asAt)
    .where((eb) => eb.or([eb('a.authorised_date', 'is', null), eb('a.authorised_date', '>=', w.start)]))
    .orderBy('a.start_date')
    .orderBy('a.id')
    .execute()
  const people = await loadPeople(db, rows.map((r) => r.child_id))
  return rows.map((r) => {
    const person = people.get(r.child_id)
    const authorised = r.authorised_date !== null && r.authorised_date <= w.asAt ? r.authorised_date : null
    const seen = r.child_seen_date !== null && r.child_seen_date <= w.asAt
    const support = authorised === null || r.nfa === null ? null : yesNo(!r.nfa)
    const worker = r.forename ? `${r.forename} ${r.surname}` : null
    const [team, allocated] = allocatedOn(person, 'social_worker', r.start_date)
    return [...childColumns(person, r.child_id, w.asAt), yesNo(person?.disabled), r.start_date, yesNo(seen), authorised, support, r.team ?? team, worker ?? allocated]
  })
}

export async function section47Rows(db: Kysely<DB>, w: AnnexWindow): Promise<ListRow[]> {
  const rows = await db
    .selectFrom('s47_enquiry as s')
    .select(['s.id', 's.child_id', 's.start_date', 's.end_date', 's.icpc_date', 's.icpc_not_required'])
    .where('s.start_date', '<=', w.asAt)
    .where((eb) => eb.or([eb('s.start_date', '>=', w.start), eb.and([eb('s.icpc_date', '>=', w.start), eb('s.icpc_date', '<=', w.asAt)])]))
    .orderBy('s.start_date')
    .orderBy('s.id')
    .execute()
  const ids = [...new Set(rows.map((r) => r.child_id))]
  const [year, plans] = ids.length === 0
    ? [[], []]
    : await Promise.all([
        db.selectFrom('s47_enquiry').select(['child_id', 'start_date', 'icpc_date']).where('child_id', 'in', ids).where('start_date', '<=', w.asAt).execute(),
        db.selectFrom('cp_plan').select(['s47_enquiry_id', 'start_date']).where('child_id', 'in', ids).where('start_date', '<=', w.asAt).execute(),
      ])
  const people = await loadPeople(db, ids)
  const inYear = (d: string | null) => d !== null && d >= w.yearStart && d <= w.asAt
  return rows.map((r) => {
    const person = people.get(r.child_id)
    const icpc = r.icpc_date !== null && r.icpc_date <= w.asAt ? r.icpc_date : null
    const unnecessary = icpc === null && r.icpc_not_required && r.end_date !== null && r.end_date <= w.asAt
    const plan = icpc === null ? null : plans.some((p) => p.s47_enquiry_id === r.id)
    const mine = year.filter((y) => y.child_id === r.child_id)
    return [
      ...childColumns(person, r.child_id, w.asAt), r.start_date, yesNo(unnecessary), icpc, yesNo(plan),
      mine.filter((y) => inYear(y.start_date)).length, mine.filter((y) => inYear(y.icpc_date)).length, ...allocatedOn(person, 'social_worker', r.start_date),
    ]
  })
}
