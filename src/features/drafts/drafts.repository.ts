import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

export async function findDraft(db: Kysely<DB>, userId: number, formKey: string) {
  return db.selectFrom('form_draft').select(['fields', 'saved_at']).where('user_id', '=', userId).where('form_key', '=', formKey).executeTakeFirst()
}

export async function upsertDraft(db: Kysely<DB>, row: { user_id: number; form_key: string; child_id: number | null; fields: string; saved_at: Date }) {
  await db
    .insertInto('form_draft')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'form_key']).doUpdateSet({ fields: row.fields, saved_at: row.saved_at }))
    .execute()
}

export async function deleteDraft(db: Kysely<DB>, userId: number, formKey: string) {
  await db.deleteFrom('form_draft').where('user_id', '=', userId).where('form_key', '=', formKey).execute()
}
