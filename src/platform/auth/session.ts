// Server-side sessions in the database. The cookie holds a random token; the table holds its
// SHA-256, so a leaked table cannot be replayed. Idle and absolute time-outs end a session.
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { RequestHandler, Response } from 'express'
import type { DB } from '../../db/schema.ts'
import type { Clock } from '../time/clock.ts'
import { findSessionWithAccount, insertSession, revokeSession, touchSession } from './session.repository.ts'

export const SESSION_COOKIE = 'sightline_session'
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000
export const ABSOLUTE_TIMEOUT_MS = 10 * 60 * 60 * 1000

export interface SessionState {
  id: string
  userId: number | null
  csrfToken: string
  signedInAt: Date | null
  lastSeenAt: Date
  /** True when this request found the previous session expired (the page says so). */
  expired: boolean
}

/** The signed-in account, read with the session in the same round trip (authenticate.ts makes the Principal). */
export interface SessionAccount {
  userId: number
  username: string
  displayName: string
  role: string
  workerId: number | null
  disabled: boolean
  teamIds: number[]
}

const TOUCH_INTERVAL_MS = 30_000

const hash = (token: string) => createHash('sha256').update(token).digest('hex')
const newToken = () => randomBytes(32).toString('base64url')

export function sessions(db: Kysely<DB>, clock: Clock, options: { secureCookie: boolean }): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = readCookie(req.headers.cookie, SESSION_COOKIE)
      const now = clock.now()
      let expired = false
      if (token) {
        const row = await findSessionWithAccount(db, hash(token))
        if (row) {
          const idle = now.getTime() - row.last_seen_at.getTime() > IDLE_TIMEOUT_MS
          const tooOld = row.signed_in_at !== null && now.getTime() - row.signed_in_at.getTime() > ABSOLUTE_TIMEOUT_MS
          if ((idle || tooOld) && row.user_id !== null) {
            await revokeSession(db, row.id, now)
            expired = true
          } else {
            // Recording activity at most every half minute spares a write on nearly every page; the
            // idle time-out (30 minutes) can then end at most half a minute early.
            if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) await touchSession(db, row.id, now)
            res.locals.session = {
              id: row.id,
              userId: row.user_id,
              csrfToken: row.csrf_token,
              signedInAt: row.signed_in_at,
              lastSeenAt: now,
              expired: false,
            } satisfies SessionState
            res.locals.sessionToken = token
            if (row.user_id !== null && row.username !== null && row.role !== null) {
              res.locals.sessionAccount = {
                userId: row.user_id,
                username: row.username,
                displayName: row.display_name ?? row.username,
                role: row.role,
                workerId: row.worker_id,
                disabled: row.disabled_at !== null,
                teamIds: row.team_ids ?? [],
              } satisfies SessionAccount
            }
            return next()
          }
        }
      }
      res.locals.session = await startSession(db, res, null, now, options.secureCookie)
      ;(res.locals.session as SessionState).expired = expired
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** A new session (fresh id and CSRF token): on every sign-in, so an old id cannot be fixed on a victim. */
export async function startSession(
  db: Kysely<DB>,
  res: Response,
  userId: number | null,
  now: Date,
  secureCookie: boolean,
): Promise<SessionState> {
  const token = newToken()
  const state: SessionState = {
    id: hash(token),
    userId,
    csrfToken: newToken(),
    signedInAt: userId === null ? null : now,
    lastSeenAt: now,
    expired: false,
  }
  await insertSession(db, {
    id: state.id,
    user_id: userId,
    csrf_token: state.csrfToken,
    created_at: now,
    last_seen_at: now,
    signed_in_at: state.signedInAt,
  })
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure: secureCookie, sameSite: 'lax', path: '/' })
  res.locals.session = state
  return state
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}
