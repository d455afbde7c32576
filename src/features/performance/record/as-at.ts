// "The record as at T": every indicator reads the case record through this one helper.
//   as now known:       the tables as they are today.
//   as recorded at T:   each table as it stood at instant T, rebuilt from the current rows that
//                       had not been touched since T, plus the old versions kept in
//                       record_history (valid_from <= T < valid_to). A row created after T, or a
//                       back-dated edit made after T, is invisible; a row deleted after T is back.
// Indicators are written once against the record and never know which view they read.
import { sql, type AliasedRawBuilder, type Kysely, type RawBuilder, type Selectable } from 'kysely'
import type { DB } from '../../../db/schema.ts'

export type RecordView = { mode: 'now' } | { mode: 'recorded'; at: Date }

export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { updated_at: unknown; version: unknown } ? T : never
}[keyof DB]

/** The table as seen through `view`, aliased to its own name: `db.selectFrom(tableAsAt(db, 'referral', view))`. */
export function tableAsAt<T extends VersionedTable>(
  _db: Kysely<DB>,
  table: T,
  view: RecordView,
): AliasedRawBuilder<Selectable<DB[T]>, T> {
  return tableAsAtSql(table, view).as(table)
}

/** The same, as a parenthesised subquery to alias yourself inside raw SQL. */
export function tableAsAtSql<T extends VersionedTable>(
  table: T,
  view: RecordView,
): RawBuilder<Selectable<DB[T]>> {
  if (view.mode === 'now') return sql<Selectable<DB[T]>>`(select * from ${sql.table(table)})`
  const at = view.at.toISOString()
  return sql<Selectable<DB[T]>>`(
    select * from ${sql.table(table)} where updated_at <= ${at}::timestamptz
    union all
    select (jsonb_populate_record(null::${sql.table(table)}, h.row_data)).*
      from record_history h
     where h.table_name = ${table} and h.valid_from <= ${at}::timestamptz and h.valid_to > ${at}::timestamptz
  )`
}

/**
 * Only the named columns of the table as seen through `view`, with `where` applied to the current
 * rows and to the old versions alike, as a parenthesised subquery. The same rows as selecting
 * those columns from tableAsAtSql, in the same order, without carrying every column of every row
 * through the union; each old version is unpacked once (a lateral call, not one per column).
 */
export function columnsAsAtSql(
  table: VersionedTable,
  view: RecordView,
  columns: readonly string[],
  where?: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const cols = sql.join(columns.map((c) => sql.ref(c)))
  const filter = where ? sql` and (${where})` : sql``
  if (view.mode === 'now')
    return sql`(select ${cols} from ${sql.table(table)}${where ? sql` where ${where}` : sql``})`
  const at = view.at.toISOString()
  return sql`(
    select ${cols} from ${sql.table(table)} where updated_at <= ${at}::timestamptz${filter}
    union all
    select ${cols} from (
      select v.* from record_history h
       cross join lateral jsonb_populate_record(null::${sql.table(table)}, h.row_data) as v
       where h.table_name = ${table} and h.valid_from <= ${at}::timestamptz and h.valid_to > ${at}::timestamptz
    ) as ${sql.table(table)} where true${filter}
  )`
}

/** The instant at the end of a London calendar day: what "as recorded at 31 March" means. */
export function endOfLondonDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const utcMidnightNext = Date.UTC(y, m - 1, d + 1)
  // London is UTC+0 or UTC+1: try +1 first (BST), keep it if it is still the next London day.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(utcMidnightNext - offsetHours * 3_600_000)
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(candidate)
    if (parts === '00:00') return candidate
  }
  return new Date(utcMidnightNext)
}
