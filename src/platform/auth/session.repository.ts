import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

export async function findSession(db: Kysely<DB>, id: string) {
  return db.selectFrom('user_session').selectAll().where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
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
