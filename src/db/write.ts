// Every change to the record happens inside a transaction that names who is making it (and,
// for back-dated loads such as the simulator, when). The versioning trigger reads both.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { DB } from './schema.ts'

export interface Actor {
  /** A stable, non-personal identifier for audit and history, e.g. "user:42" or "system:seed". */
  id: string
}

export async function writeAs<T>(
  db: Kysely<DB>,
  actor: Actor,
  work: (trx: Transaction<DB>) => Promise<T>,
  options: { at?: Date } = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('sightline.actor', ${actor.id}, true), set_config('sightline.now', ${options.at?.toISOString() ?? ''}, true)`.execute(
      trx,
    )
    return work(trx)
  })
}
