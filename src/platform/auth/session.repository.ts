import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

/**
 * The session with its account and the account's team ids (as teamIdsForWorker finds them), in
 * one round trip: every signed-in page needs all three before it can do anything else.
 */
export async function findSessionWithAccount(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('user_session')
    .leftJoin('app_user', 'app_user.id', 'user_session.user_id')
    .selectAll('user_session')
    .select([
      'app_user.username',
      'app_user.display_name',
      'app_user.role',
      'app_user.worker_id',
      'app_user.disabled_at',
      (eb) =>
        eb
          .selectFrom('worker')
          .select(sql<number[]>`coalesce(array_agg(distinct worker.team_id), '{}')`.as('team_ids'))
          .where((w) => w.or([w('worker.id', '=', w.ref('app_user.worker_id')), w('worker.manager_id', '=', w.ref('app_user.worker_id'))]))
          .where('worker.team_id', 'is not', null)
          .as('team_ids'),
    ])
    .where('user_session.id', '=', id)
    .where('user_session.revoked_at', 'is', null)
    .executeTakeFirst()
}

export async function insertSession(
  db: Kysely<DB>,
  row: { id: string; user_id: number | null; csrf_token: string; created_at: Date; last_seen_at: Date; signed_in_at: Date | null },
) {
  await db.insertInto('user_session').values(row).execute()
}

export async function touchSession(db: Kysely<DB>, id: string, at: Date) {
  await db.updateTable('user_session').set({ last_seen_at: at }).where('id', '=', id).execute()
}

export async function revokeSession(db: Kysely<DB>, id: string, at: Date) {
  await db.updateTable('user_session').set({ revoked_at: at }).where('id', '=', id).execute()
}

export async function revokeAllForUser(db: Kysely<DB>, userId: number, at: Date) {
  await db.updateTable('user_session').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute()
}
