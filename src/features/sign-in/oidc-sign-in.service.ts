// Sign-in through the council's identity provider. Sightline keeps its own accounts and roles:
// the provider only proves who the person is. An account is found by the provider's subject
// id; on someone's first sign-in, an unlinked account whose username equals their email (or
// preferred username) is linked to that subject, which trusts the provider for staff emails.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Role } from '../../platform/auth/principal.ts'
import { IdTokenError, type IdTokenClaims } from '../../platform/auth/id-token.ts'
import type { OidcClient } from '../../platform/auth/oidc-client.ts'
import type { Clock } from '../../platform/time/clock.ts'

export const ATTEMPT_MINUTES = 10

export type OidcSignInResult =
  | { ok: true; userId: number; returnTo: string }
  | { ok: false; reason: 'expired' | 'rejected' | 'no_account' | 'disabled' }

export function createOidcSignIn(db: Kysely<DB>, clock: Clock, audit: AuditService, client: OidcClient) {
  const cutoff = () => new Date(clock.now().getTime() - ATTEMPT_MINUTES * 60_000)

  async function findAccount(claims: IdTokenClaims) {
    const linked = await db.selectFrom('app_user').selectAll().where('oidc_subject', '=', claims.sub).executeTakeFirst()
    if (linked) return linked
    const name = (claims.email ?? claims.preferred_username ?? '').trim().toLowerCase()
    if (!name) return undefined
    return db
      .updateTable('app_user')
      .set({ oidc_subject: claims.sub })
      .where('username', '=', name)
      .where('oidc_subject', 'is', null)
      .returningAll()
      .executeTakeFirst()
  }

  return {
    /** Starts a sign-in for this browser's session and returns where to send the browser. */
    async begin(sessionId: string, returnTo: string): Promise<string> {
      const request = await client.authorizationRequest()
      await db.deleteFrom('oidc_sign_in_attempt').where('created_at', '<', cutoff()).execute()
      await db
        .insertInto('oidc_sign_in_attempt')
        .values({ state: request.state, session_id: sessionId, nonce: request.nonce, code_verifier: request.codeVerifier, return_to: returnTo, created_at: clock.now() })
        .execute()
      return request.url
    },

    async complete(callback: { sessionId: string; state: string; code: string; requestId: string | null }): Promise<OidcSignInResult> {
      // Used once, and only by the browser that started it.
      const attempt = await db
        .deleteFrom('oidc_sign_in_attempt')
        .where('state', '=', callback.state)
        .where('session_id', '=', callback.sessionId)
        .returningAll()
        .executeTakeFirst()
      if (!attempt || attempt.created_at < cutoff()) return { ok: false, reason: 'expired' }

      const refuse = async (reason: 'rejected' | 'no_account' | 'disabled', detail: string, user?: { id: number; username: string; display_name: string; role: string; worker_id: number | null }) => {
        await audit.record({
          principal: user ? { userId: user.id, username: user.username, displayName: user.display_name, role: user.role as Role, workerId: user.worker_id, teamIds: [] } : { system: 'oidc-sign-in' },
          action: 'sign_in',
          recordType: 'account',
          recordId: user?.id ?? null,
          outcome: 'refused',
          reason: detail,
          requestId: callback.requestId,
        })
        return { ok: false as const, reason }
      }

      let claims: IdTokenClaims
      try {
        claims = await client.exchangeCode({ code: callback.code, codeVerifier: attempt.code_verifier, nonce: attempt.nonce, now: clock.now() })
      } catch (error) {
        if (error instanceof IdTokenError) return refuse('rejected', error.message)
        throw error
      }
      const user = await findAccount(claims)
      if (!user) return refuse('no_account', 'no Sightline account for this identity')
      if (user.disabled_at) return refuse('disabled', 'disabled', user)
      await audit.record({
        principal: { userId: user.id, username: user.username, displayName: user.display_name, role: user.role as Role, workerId: user.worker_id, teamIds: [] },
        action: 'sign_in',
        recordType: 'account',
        recordId: user.id,
        outcome: 'allowed',
        reason: 'openid connect',
        requestId: callback.requestId,
      })
      return { ok: true, userId: user.id, returnTo: attempt.return_to }
    },
  }
}

export type OidcSignIn = ReturnType<typeof createOidcSignIn>
