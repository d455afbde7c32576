// Local accounts: argon2id hashes. Lock-out after repeated failures with a clear message, a
// limit on failed attempts from one address across accounts, and every attempt audited.
import argon2 from 'argon2'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Principal, Role } from '../../platform/auth/principal.ts'
import { findUserByUsername } from '../../platform/auth/user.repository.ts'
import { createRateLimiter } from '../../platform/http/rate-limit.ts'
import type { Clock } from '../../platform/time/clock.ts'

export const MAX_FAILED_ATTEMPTS = 5
export const LOCK_MINUTES = 15
/** Failed attempts allowed from one address in LOCK_MINUTES, whichever accounts they name. */
export const MAX_FAILURES_PER_ADDRESS = 20

export type SignInResult =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid' | 'locked' | 'disabled' | 'throttled'; lockedUntil?: Date }

export interface SignInAttempt {
  username: string
  password: string
  /** The client's address, for the per-address limit. Never logged. */
  address: string
  requestId: string | null
}

export function createSignInService(db: Kysely<DB>, clock: Clock, audit: AuditService) {
  const failuresByAddress = createRateLimiter(clock, { limit: MAX_FAILURES_PER_ADDRESS, windowMs: LOCK_MINUTES * 60_000 })

  return {
    async verify(attempt: SignInAttempt): Promise<SignInResult> {
      const { username, password, address, requestId } = attempt
      if (failuresByAddress.blocked(address)) return { ok: false, reason: 'throttled' }
      const user = await findUserByUsername(db, username)
      const now = clock.now()
      const record = (outcome: 'allowed' | 'refused', reason: string | null) =>
        audit.record({
          principal: user ? asPrincipal(user) : { system: 'sign-in' },
          action: 'sign_in',
          recordType: 'account',
          recordId: user?.id ?? null,
          outcome,
          reason,
          requestId,
        })
      const refuse = async (result: Extract<SignInResult, { ok: false }>) => {
        failuresByAddress.hit(address)
        // An unknown username is not written down: people sometimes type their password there.
        await record('refused', user ? result.reason : 'unknown username')
        return result
      }

      if (!user || !user.password_hash) {
        // Spend the same time as a real check so a missing account cannot be told apart.
        await argon2.hash(password, { type: argon2.argon2id })
        return refuse({ ok: false, reason: 'invalid' })
      }
      if (user.disabled_at) return refuse({ ok: false, reason: 'disabled' })
      if (user.locked_until && user.locked_until > now) return refuse({ ok: false, reason: 'locked', lockedUntil: user.locked_until })
      if (await argon2.verify(user.password_hash, password)) {
        await db.updateTable('app_user').set({ failed_attempts: 0, locked_until: null }).where('id', '=', user.id).execute()
        await record('allowed', null)
        return { ok: true, userId: user.id }
      }
      const failed = user.failed_attempts + 1
      const lockedUntil = failed >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null
      await db
        .updateTable('app_user')
        .set({ failed_attempts: lockedUntil ? 0 : failed, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute()
      return refuse(lockedUntil ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' })
    },
  }
}

function asPrincipal(user: { id: number; username: string; display_name: string; role: string; worker_id: number | null }): Principal {
  return { userId: user.id, username: user.username, displayName: user.display_name, role: user.role as Role, workerId: user.worker_id, teamIds: [] }
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id })
}
