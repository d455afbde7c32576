// SQL for the front door: the queue, the search for a child, who else knows the family, and the
// screening decision with what follows from it.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'

export async function queueRows(db: Kysely<DB>) {
  return db
    .selectFrom('contact')
    .leftJoin('child', 'child.id', 'contact.child_id')
    .leftJoin('screening_decision', 'screening_decision.contact_id', 'contact.id')
    .select(['contact.id', 'contact.received_at', 'contact.source', 'contact.reason', 'contact.subject_description', 'contact.child_id', 'child.forename', 'child.surname'])
    .where('screening_decision.id', 'is', null)
    .orderBy('contact.received_at')
    .execute()
}

export async function findContact(db: Kysely<DB>, contactId: number) {
  return db
    .selectFrom('contact')
    .leftJoin('screening_decision', 'screening_decision.contact_id', 'contact.id')
    .select(['contact.id', 'contact.child_id', 'contact.received_at', 'contact.source', 'contact.source_detail', 'contact.reason', 'contact.subject_description', 'contact.team_id', 'screening_decision.id as decision_id'])
    .where('contact.id', '=', contactId)
    .executeTakeFirst()
}

export async function insertContact(trx: Transaction<DB>, row: { received_at: Date; source: string; source_detail: string | null; reason: string; subject_description: string | null; team_id: number | null }) {
  return (await trx.insertInto('contact').values(row).returning('id').executeTakeFirstOrThrow()).id
}

export interface SearchTerms {
  forename: string
  surname: string
  dateOfBirth: IsoDate | null
  postcode: string
  nhsNumber: string
}

export interface SearchRow {
  id: number
  forename: string
  surname: string
  date_of_birth: IsoDate | null
  nhs_number: string | null
  address: string | null
  score: number
}

/**
 * Fuzzy search (pg_trgm similarity on names and the first address line; exact date of birth,
 * NHS number and postcode) ranked by a simple score: name likeness plus a point for each exact match.
 */
export async function searchChildren(db: Kysely<DB>, terms: SearchTerms): Promise<SearchRow[]> {
  const forename = terms.forename.toLowerCase()
  const surname = terms.surname.toLowerCase()
  const postcode = terms.postcode.replace(/\s+/g, '').toUpperCase()
  const result = await sql<SearchRow>`
    select c.id, c.forename, c.surname, c.date_of_birth::text as date_of_birth, c.nhs_number,
      a.line1 || ', ' || a.town || ', ' || a.postcode as address,
      (case when ${forename} = '' then 0 else similarity(lower(c.forename), ${forename}) end
       + case when ${surname} = '' then 0 else similarity(lower(c.surname), ${surname}) end
       + case when c.date_of_birth = ${terms.dateOfBirth}::date then 1 else 0 end
       + case when ${terms.nhsNumber} <> '' and c.nhs_number = ${terms.nhsNumber} then 2 else 0 end
       + case when ${postcode} <> '' and replace(upper(a.postcode), ' ', '') = ${postcode} then 0.5 else 0 end)::float8 as score
    from child c
    left join lateral (
      select line1, town, postcode from address where address.child_id = c.id and address.kind = 'home' and address.end_date is null
      order by start_date desc limit 1
    ) a on true
    where (${surname} <> '' and lower(c.surname) % ${surname})
       or (${forename} <> '' and lower(c.forename) % ${forename})
       or c.date_of_birth = ${terms.dateOfBirth}::date
       or (${terms.nhsNumber} <> '' and c.nhs_number = ${terms.nhsNumber})
       or (${postcode} <> '' and replace(upper(a.postcode), ' ', '') = ${postcode})
    order by score desc, c.surname, c.forename
    limit 20`.execute(db)
  return result.rows
}

export async function linkChild(trx: Transaction<DB>, contactId: number, childId: number) {
  await trx.updateTable('contact').set({ child_id: childId }).where('id', '=', contactId).execute()
}

export async function insertChild(trx: Transaction<DB>, row: { forename: string; surname: string; sex: string; date_of_birth: IsoDate; nhs_number: string | null }) {
  return (await trx.insertInto('child').values(row).returning('id').executeTakeFirstOrThrow()).id
}

/** The child and the children related to them: the family the front door asks about. */
export async function familyChildIds(db: Kysely<DB>, childId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('relationship')
    .select(['child_id', 'related_child_id'])
    .where((eb) => eb.or([eb('child_id', '=', childId), eb('related_child_id', '=', childId)]))
    .where('related_child_id', 'is not', null)
    .execute()
  return [...new Set([childId, ...rows.flatMap((r) => [r.child_id, r.related_child_id as number])])]
}

export async function knownInvolvement(db: Kysely<DB>, childIds: number[], today: IsoDate) {
  const open = sql<boolean>`(end_date is null or end_date > ${today})`
  const [children, referrals, allocations, cp, care, earlyHelp] = await Promise.all([
    db.selectFrom('child').select(['id', 'forename', 'surname', 'date_of_birth']).where('id', 'in', childIds).execute(),
    db.selectFrom('referral').select(['child_id', 'referral_date', 'closure_date', 'closure_reason', 'nfa']).where('child_id', 'in', childIds).orderBy('referral_date', 'desc').execute(),
    db
      .selectFrom('allocation')
      .innerJoin('worker', 'worker.id', 'allocation.worker_id')
      .innerJoin('team', 'team.id', 'allocation.team_id')
      .select(['allocation.child_id', 'allocation.role', 'worker.forename', 'worker.surname', 'team.name as team_name'])
      .where('allocation.child_id', 'in', childIds)
      .where(sql<boolean>`(allocation.end_date is null or allocation.end_date > ${today})`)
      .execute(),
    db.selectFrom('cp_plan').select(['child_id', 'start_date']).where('child_id', 'in', childIds).where(open).execute(),
    db.selectFrom('period_of_care').select(['child_id', 'start_date']).where('child_id', 'in', childIds).where(open).execute(),
    db.selectFrom('early_help_episode').select(['child_id', 'start_date']).where('child_id', 'in', childIds).where(open).execute(),
  ])
  return { children, referrals, allocations, cp, care, earlyHelp }
}

export async function referralTeams(db: Kysely<DB>) {
  return db.selectFrom('team').select(['id', 'name', 'service']).where('service', 'in', ['assessment', 'safeguarding', 'early_help', 'disability']).where('end_date', 'is', null).orderBy('name').execute()
}
