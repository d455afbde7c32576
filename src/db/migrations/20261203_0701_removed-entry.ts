// Entries removed from a child's record because they were recorded in error. The removed row
// itself stays in record_history (the versioning trigger); this table is the visible trace the
// chronology shows: what was removed, why, by whom and when. A case table, so it is versioned too.
import type { Kysely } from 'kysely'
import { createCaseTable } from './case-table.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCaseTable(
    db,
    'removed_entry',
    `entry_table text not null,
     entry_id integer not null,
     entry_label text not null,
     entry_date date not null,
     reason text not null,
     removed_by integer not null references app_user (id),
     removed_at timestamptz not null`,
  )
}
