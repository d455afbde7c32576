// Drafts of long forms, kept on the server per user and form, so nothing typed is lost: the
// browser saves as the user types (public/autosave.js), a failed validation saves what was
// posted, and a session time-out leaves the draft for when they sign in again. A draft is the
// user's own unsaved typing, not part of the case record, so it is neither versioned nor audited;
// it is deleted when the form is saved. Drafts hold only text fields (no files).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { deleteDraft, findDraft, upsertDraft } from './drafts.repository.ts'

export const MAX_DRAFT_FIELDS = 200
export const MAX_DRAFT_CHARS = 200_000
export const FORM_KEY = /^[a-z0-9-]{1,40}(\/[a-z0-9-]{1,40}){0,4}$/

export type DraftFields = Record<string, string | string[]>

/** Keeps string and string-array fields only, and refuses an oversized draft. */
export function cleanDraftFields(input: unknown): DraftFields | null {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return null
  const out: DraftFields = {}
  let chars = 0
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key === '_csrf' || key.length > 80) continue
    if (typeof value === 'string') {
      out[key] = value
      chars += value.length
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      out[key] = value as string[]
      chars += value.join('').length
    }
  }
  if (Object.keys(out).length > MAX_DRAFT_FIELDS || chars > MAX_DRAFT_CHARS) return null
  return out
}

export function createDraftStore(db: Kysely<DB>, clock: Clock) {
  return {
    async find(principal: Principal, formKey: string): Promise<{ fields: DraftFields; savedAt: Date } | undefined> {
      const row = await findDraft(db, principal.userId, formKey)
      return row ? { fields: row.fields as DraftFields, savedAt: row.saved_at } : undefined
    },
    async save(principal: Principal, formKey: string, fields: unknown, childId: number | null): Promise<Date | null> {
      const clean = cleanDraftFields(fields)
      if (!clean || !FORM_KEY.test(formKey)) return null
      const savedAt = clock.now()
      await upsertDraft(db, { user_id: principal.userId, form_key: formKey, child_id: childId, fields: JSON.stringify(clean), saved_at: savedAt })
      return savedAt
    },
    async discard(principal: Principal, formKey: string): Promise<void> {
      await deleteDraft(db, principal.userId, formKey)
    },
  }
}

export type DraftStore = ReturnType<typeof createDraftStore>
