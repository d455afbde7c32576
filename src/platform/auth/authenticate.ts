// Turns the session into a Principal for the request, and guards signed-in routes.
import type { Kysely } from 'kysely'
import type { RequestHandler, Response } from 'express'
import type { DB } from '../../db/schema.ts'
import { ROLE_LABELS, type Principal, type Role } from './principal.ts'
import type { SessionAccount, SessionState } from './session.ts'
import { findUserById, teamIdsForWorker } from './user.repository.ts'

export function loadPrincipal(db: Kysely<DB>): RequestHandler {
  return async (_req, res, next) => {
    try {
      const session = res.locals.session as SessionState | undefined
      const account = res.locals.sessionAccount as SessionAccount | undefined
      if (account && account.userId === session?.userId) {
        // Read with the session (session.ts): no further round trip.
        if (!account.disabled) setPrincipal(res, { userId: account.userId, username: account.username, displayName: account.displayName, role: account.role as Role, workerId: account.workerId, teamIds: account.teamIds })
      } else if (session?.userId) {
        const user = await findUserById(db, session.userId)
        if (user && !user.disabled_at) {
          setPrincipal(res, {
            userId: user.id,
            username: user.username,
            displayName: user.display_name,
            role: user.role as Role,
            workerId: user.worker_id,
            teamIds: user.worker_id ? await teamIdsForWorker(db, user.worker_id) : [],
          })
        }
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

function setPrincipal(res: Response, principal: Principal): void {
  res.locals.principal = principal
  res.locals.principalRoleLabel = ROLE_LABELS[principal.role]
}

/** Signed-in pages: send anyone else to sign in, saying so when their session timed out. */
export function requireSignIn(): RequestHandler {
  return (req, res, next) => {
    if (res.locals.principal) return next()
    const session = res.locals.session as SessionState | undefined
    const query = new URLSearchParams({ returnTo: req.originalUrl, ...(session?.expired ? { timedOut: '1' } : {}) })
    res.redirect(`/sign-in?${query.toString()}`)
  }
}

export function principalOf(res: { locals: Record<string, unknown> }): Principal {
  const principal = res.locals.principal as Principal | undefined
  if (!principal) throw new Error('No signed-in principal: is requireSignIn() in front of this route?')
  return principal
}
