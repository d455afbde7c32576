// SQL for removing an entry recorded in error. Table and date column come only from the closed
// list in removable-entries.ts, never from the request. Every query is scoped to a SeenChildId.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from '../casework/case-access.ts'
import { REMOVABLE_ENTRIES, type RemovableType } from './removable-entries.ts'

export interface EntryRow {
  id: number
  entry_date: IsoDate
  recorded_at: Date
  recorded_by_name: string | null
}

/** The entry, if it belongs to this child and is on the chronology (a dated, held entry). */
export async function findEntry(db: Kysely<DB>, childId: SeenChildId, type: RemovableType, entryId: number): Promise<EntryRow | undefined> {
  const { table, dateColumn } = REMOVABLE_ENTRIES[type]
  const { rows } = await sql<EntryRow>`
    select e.id, ${sql.ref(`e.${dateColumn}`)}::text as entry_date, e.recorded_at, u.display_name as recorded_by_name
    from ${sql.table(table)} e left join app_user u on e.recorded_by = 'user:' || u.id
    where e.id = ${entryId} and e.child_id = ${childId} and ${sql.ref(`e.${dateColumn}`)} is not null`.execute(db)
  return rows[0]
}

/** Deletes the entry (the versioning trigger keeps the old row) and returns its date, or undefined if it is not there. */
export async function deleteEntry(trx: Transaction<DB>, childId: SeenChildId, type: RemovableType, entryId: number): Promise<IsoDate | undefined> {
  const { table, dateColumn } = REMOVABLE_ENTRIES[type]
  const { rows } = await sql<{ entry_date: IsoDate }>`
    delete from ${sql.table(table)}
    where id = ${entryId} and child_id = ${childId} and ${sql.ref(dateColumn)} is not null
    returning ${sql.ref(dateColumn)}::text as entry_date`.execute(trx)
  return rows[0]?.entry_date
}

export async function insertRemovalTrace(
  trx: Transaction<DB>,
  trace: { childId: SeenChildId; type: RemovableType; entryId: number; entryDate: IsoDate; reason: string; removedBy: number; removedAt: Date },
): Promise<number> {
  const { table, label } = REMOVABLE_ENTRIES[trace.type]
  const row = await trx
    .insertInto('removed_entry')
    .values({
      child_id: trace.childId,
      entry_table: table,
      entry_id: trace.entryId,
      entry_label: label,
      entry_date: trace.entryDate,
      reason: trace.reason,
      removed_by: trace.removedBy,
      removed_at: trace.removedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
