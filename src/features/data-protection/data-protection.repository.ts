// SQL for subject access and retention. Subject access finds the tables that hold a child's
// records from the catalogue (every table with a child_id column), so a table added later is
// exported without anyone remembering to add it here.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

/** Tables whose own rows are shown in their own sections, not as "records". */
const SEPARATE_SECTIONS = new Set(['audit_event', 'record_history', 'access_grant', 'break_glass_access'])

export async function tablesWithChildRecords(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'child_id' and t.table_type = 'BASE TABLE'
    order by c.table_name`.execute(db)
  return result.rows.map((row) => row.table_name).filter((name) => !SEPARATE_SECTIONS.has(name))
}

/** `table` must come from tablesWithChildRecords (the catalogue), never from a request. */
export async function childRowsIn(db: Kysely<DB>, table: string, childId: number): Promise<Array<Record<string, unknown>>> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where child_id = ${childId} order by 1`.execute(db)
  return result.rows
}

export function findChild(db: Kysely<DB>, childId: number) {
  return db.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirst()
}

/** Relationships recorded on other children's files that name this child. */
export function relationshipsNamingChild(db: Kysely<DB>, childId: number) {
  return db.selectFrom('relationship').selectAll().where('related_child_id', '=', childId).orderBy('id').execute()
}

/** Adults linked to the child: third-party information, listed so it can be reviewed before disclosure. */
export function relatedPeople(db: Kysely<DB>, childId: number) {
  return db
    .selectFrom('related_person')
    .selectAll()
    .where('id', 'in', db.selectFrom('relationship').select('related_person_id').where('child_id', '=', childId).where('related_person_id', 'is not', null))
    .orderBy('id')
    .execute()
}

export function historyOfChild(db: Kysely<DB>, childId: number) {
  return db.selectFrom('record_history').selectAll().where('child_id', '=', childId).orderBy('id').execute()
}

export function accessLogOfChild(db: Kysely<DB>, childId: number) {
  return db
    .selectFrom('audit_event')
    .select(['id', 'at', 'username', 'role', 'action', 'record_type', 'record_id', 'outcome', 'reason'])
    .where('child_id', '=', childId)
    .orderBy('id')
    .execute()
}

export function accessGrantsOfChild(db: Kysely<DB>, childId: number) {
  return db.selectFrom('access_grant').selectAll().where('child_id', '=', childId).orderBy('id').execute()
}

export function breakGlassOfChild(db: Kysely<DB>, childId: number) {
  return db.selectFrom('break_glass_access').selectAll().where('child_id', '=', childId).orderBy('id').execute()
}

/** One row per child with what the retention rules need. */
export function retentionFacts(db: Kysely<DB>) {
  const has = (table: 'period_of_care' | 'care_leaver' | 'cp_plan' | 's47_enquiry' | 'referral' | 'early_help_episode') =>
    sql<boolean>`exists (select 1 from ${sql.table(table)} r where r.child_id = child.id)`
  return db
    .selectFrom('child')
    .select([
      'child.id',
      'child.date_of_birth',
      'child.expected_date_of_birth',
      'child.date_of_death',
      sql<string | null>`greatest(
        (select max(a.adoption_order_date) from adoption_journey a where a.child_id = child.id and a.reversed_date is null),
        (select max(p.order_date) from permanence_order p where p.child_id = child.id and p.kind = 'adoption'))`.as('adoption_order_date'),
      has('period_of_care').as('looked_after'),
      has('care_leaver').as('care_leaver'),
      sql<boolean>`(${has('cp_plan')} or ${has('s47_enquiry')})`.as('child_protection'),
      has('referral').as('child_in_need'),
      has('early_help_episode').as('early_help'),
      sql<string | null>`(select max(c.received_at at time zone 'Europe/London')::date from contact c where c.child_id = child.id)`.as('last_contact_date'),
    ])
    .orderBy('child.id')
    .execute()
}
