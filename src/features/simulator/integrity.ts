// Checks that a seeded database is valid: every foreign key resolves, no event is dated after
// "today", coded fields hold codes from their lists, identifiers carry correct check characters,
// spells end after they start and placements in a period do not overlap. Used by the tests (and
// the error injector's tests, which expect exactly the problems they planted).
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { nhsCheckDigit, UPN_LA, upnCheckLetter } from './identity.ts'

/** Coded columns and the code list they draw from. */
export const CODED_COLUMNS: ReadonlyArray<readonly [table: string, column: string, list: string]> = [
  ['child', 'ethnicity', 'ethnicity'], ['child', 'upn_unknown_reason', 'upn_unknown'], ['referral', 'source', 'referral_source'],
  ['referral', 'primary_need', 'category_of_need'], ['referral', 'closure_reason', 'cin_closure_reason'],
  ['assessment_factor', 'code', 'assessment_factor'], ['screening_criterion', 'code', 'threshold_criterion'],
  ['period_of_care', 'category_of_need', 'category_of_need'], ['period_of_care', 'reason_ceased', 'reason_episode_ceased'],
  ['legal_status', 'code', 'legal_status'], ['placement', 'placement_type', 'placement_type'], ['placement', 'provider', 'placement_provider'],
  ['placement', 'change_reason', 'placement_change_reason'], ['allocation', 'change_reason', 'worker_change_reason'],
  ['cla_review', 'participation', 'review_participation'], ['permanence_plan', 'code', 'permanence_plan'],
  ['care_leaver_contact', 'accommodation', 'care_leaver_accommodation'], ['care_leaver_contact', 'activity', 'care_leaver_activity'],
]

/** Date columns that may lie in the future: things due, expected or planned. */
const FORWARD_DATES = new Set(['due_date', 'expected_date_of_birth', 'icpc_target_date', 'valid_from', 'valid_to', 'date', 'order_month'])

export async function integrityProblems(db: Kysely<DB>, today: IsoDate): Promise<string[]> {
  const problems: string[] = []
  const keys = await sql<{ child: string; column: string; parent: string; parent_column: string }>`
    select c.relname as child, a.attname as column, p.relname as parent, pa.attname as parent_column
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
    join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = k.confkey[1]
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = current_schema() order by 1, 2`.execute(db)
  for (const k of keys.rows) {
    const orphans = await count(db, sql`select count(*) as n from ${sql.table(k.child)} x where x.${sql.ref(k.column)} is not null
      and not exists (select 1 from ${sql.table(k.parent)} y where y.${sql.ref(k.parent_column)} = x.${sql.ref(k.column)})`)
    if (orphans > 0) problems.push(`${orphans} ${k.child}.${k.column} without a ${k.parent}`)
  }
  const dates = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.data_type = 'date' order by 1, 2`.execute(db)
  for (const d of dates.rows) {
    if (FORWARD_DATES.has(d.column_name)) continue
    const future = await count(db, sql`select count(*) as n from ${sql.table(d.table_name)} where ${sql.ref(d.column_name)} > ${today}`)
    if (future > 0) problems.push(`${future} ${d.table_name}.${d.column_name} after today`)
  }
  for (const [table, column, list] of CODED_COLUMNS) {
    const unknown = await count(db, sql`select count(*) as n from ${sql.table(table)} x where x.${sql.ref(column)} is not null
      and not exists (select 1 from code_list l where l.list = ${list} and l.code = x.${sql.ref(column)})`)
    if (unknown > 0) problems.push(`${unknown} ${table}.${column} not in code list ${list}`)
  }
  const ids = await sql<{ upn: string | null; nhs_number: string | null }>`select upn, nhs_number from child where upn is not null or nhs_number is not null`.execute(db)
  let badUpn = 0
  let badNhs = 0
  for (const { upn, nhs_number } of ids.rows) {
    if (upn !== null && (upn.length !== 13 || upnCheckLetter(upn.slice(1)) !== upn[0] || !upn.startsWith(UPN_LA, 1))) badUpn++
    if (nhs_number !== null && (!/^999\d{7}$/.test(nhs_number) || nhsCheckDigit([...nhs_number.slice(0, 9)].map(Number)) !== Number(nhs_number[9]))) badNhs++
  }
  if (badUpn > 0) problems.push(`${badUpn} malformed UPNs`)
  if (badNhs > 0) problems.push(`${badNhs} NHS numbers outside the 999 test range or with a wrong check digit`)
  const backwards = await count(db, sql`select count(*) as n from allocation where end_date < start_date`)
  if (backwards > 0) problems.push(`${backwards} allocations ending before they start`)
  for (const table of ['placement', 'legal_status'] as const) {
    const overlaps = await count(db, sql`select count(*) as n from ${sql.table(table)} a join ${sql.table(table)} b
      on a.period_of_care_id = b.period_of_care_id and a.id <> b.id and a.start_date < b.start_date and (a.end_date is null or a.end_date > b.start_date)`)
    if (overlaps > 0) problems.push(`${overlaps} overlapping ${table} spells`)
  }
  return problems
}

async function count(db: Kysely<DB>, query: ReturnType<typeof sql<{ n: number | string }>>): Promise<number> {
  return Number((await query.execute(db)).rows[0]?.n ?? 0)
}
