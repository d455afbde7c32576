import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

export async function findUserByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst()
}

export async function findUserById(db: Kysely<DB>, id: number) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Teams a worker belongs to, plus the teams of the workers they manage. */
export async function teamIdsForWorker(db: Kysely<DB>, workerId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('worker')
    .select('team_id')
    .where((eb) => eb.or([eb('id', '=', workerId), eb('manager_id', '=', workerId)]))
    .where('team_id', 'is not', null)
    .execute()
  return [...new Set(rows.map((row) => row.team_id as number))]
}
