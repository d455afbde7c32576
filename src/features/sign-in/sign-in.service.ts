// Local accounts: argon2id hashes. Lock-out after repeated failures with a clear message.
import argon2 from 'argon2'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { findUserByUsername } from '../../platform/auth/user.repository.ts'
import type { Clock } from '../../platform/time/clock.ts'

export const MAX_FAILED_ATTEMPTS = 5
export const LOCK_MINUTES = 15

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid' | 'locked' | 'disabled'; lockedUntil?: Date }

export function createSignInService(db: Kysely<DB>, clock: Clock) {
  return {
    async verify(username: string, password: string): Promise<SignInResult> {
      const user = await findUserByUsername(db, username)
      const now = clock.now()
      if (!user || !user.password_hash) {
        // Spend the same time as a real check so a missing account cannot be told apart.
        await argon2.hash(password, { type: argon2.argon2id })
        return { ok: false, reason: 'invalid' }
      }
      if (user.disabled_at) return { ok: false, reason: 'disabled' }
      if (user.locked_until && user.locked_until > now) return { ok: false, reason: 'locked', lockedUntil: user.locked_until }
      if (await argon2.verify(user.password_hash, password)) {
        await db.updateTable('app_user').set({ failed_attempts: 0, locked_until: null }).where('id', '=', user.id).execute()
        return { ok: true, userId: user.id }
      }
      const failed = user.failed_attempts + 1
      const lockedUntil = failed >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null
      await db
        .updateTable('app_user')
        .set({ failed_attempts: lockedUntil ? 0 : failed, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute()
      return lockedUntil ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' }
    },
  }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id })
}
