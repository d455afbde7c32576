// Synchroniser-token CSRF: every form posts `_csrf`, which must equal the session's token.
import { timingSafeEqual } from 'node:crypto'
import type { RequestHandler } from 'express'
import { forbidden } from '../errors.ts'
import type { SessionState } from '../auth/session.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

export function csrfProtection(): RequestHandler {
  return (req, res, next) => {
    const session = res.locals.session as SessionState | undefined
    res.locals.csrfToken = session?.csrfToken
    if (SAFE.has(req.method)) return next()
    const sent = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.get('x-csrf-token')
    if (!session || typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) {
      // A form posted after its session timed out carries the old token. Nothing is saved; the
      // person is sent to sign in again with the time-out message rather than a bare refusal.
      if (session?.expired) {
        return res.redirect(303, `/sign-in?${new URLSearchParams({ returnTo: req.originalUrl, timedOut: '1' }).toString()}`)
      }
      return next(forbidden('This form has expired or did not come from Sightline. Go back, reload the page and try again.'))
    }
    next()
  }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
