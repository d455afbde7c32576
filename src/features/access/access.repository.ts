// SQL for restricted records, named grants and break-glass. Functions take db or trx first so
// the caller owns the transaction (the audit entry commits with the change it records).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'

export function findChildRestriction(db: Kysely<DB>, childId: number) {
  return db.selectFrom('child').select(['id', 'is_restricted', 'restriction_reason']).where('id', '=', childId).executeTakeFirst()
}

export async function setChildRestriction(trx: Kysely<DB>, childId: number, restricted: boolean, reason: string | null) {
  await trx.updateTable('child').set({ is_restricted: restricted, restriction_reason: reason }).where('id', '=', childId).execute()
}

export function liveGrants(db: Kysely<DB>, childId: number) {
  return db
    .selectFrom('access_grant')
    .innerJoin('app_user as grantee', 'grantee.id', 'access_grant.user_id')
    .innerJoin('app_user as grantor', 'grantor.id', 'access_grant.granted_by')
    .select([
      'access_grant.id',
      'grantee.username',
      'grantee.display_name',
      'grantee.role',
      'grantor.display_name as granted_by_name',
      'access_grant.granted_at',
      'access_grant.reason',
    ])
    .where('access_grant.child_id', '=', childId)
    .where('access_grant.revoked_at', 'is', null)
    .orderBy('access_grant.granted_at')
    .execute()
}

export async function insertGrant(trx: Kysely<DB>, row: { child_id: number; user_id: number; reason: string; granted_by: number; granted_at: Date }) {
  await trx
    .insertInto('access_grant')
    .values(row)
    .onConflict((oc) => oc.columns(['child_id', 'user_id']).where('revoked_at', 'is', null).doNothing())
    .execute()
}

export async function revokeGrant(trx: Kysely<DB>, options: { grantId: number; childId: number; by: number; at: Date }): Promise<number | null> {
  const row = await trx
    .updateTable('access_grant')
    .set({ revoked_at: options.at, revoked_by: options.by })
    .where('id', '=', options.grantId)
    .where('child_id', '=', options.childId)
    .where('revoked_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst()
  return row?.user_id ?? null
}

export async function insertBreakGlass(trx: Kysely<DB>, row: { child_id: number; user_id: number; reason: string; opened_at: Date; valid_on: IsoDate }) {
  await trx.insertInto('break_glass_access').values(row).execute()
}

export function findActiveUserByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('app_user').select(['id', 'role']).where('username', '=', username).where('disabled_at', 'is', null).executeTakeFirst()
}
