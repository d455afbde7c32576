// child.legacy_id holds the identifier another system gave the child (the 903 CHILD of an imported
// history: `sightline import 903`). The import finds children by it, so it must name one child.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index child_legacy_id_key on child (legacy_id) where legacy_id is not null`.execute(
    db,
  )
}
