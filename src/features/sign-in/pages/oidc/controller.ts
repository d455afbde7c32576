// The two legs of OpenID Connect sign-in: send the browser to the provider, and take it back.
import type { Request, Response } from 'express'
import { notFound } from '../../../../platform/errors.ts'
import { revokeSession } from '../../../../platform/auth/session.repository.ts'
import { startSession, type SessionState } from '../../../../platform/auth/session.ts'
import type { AppDeps } from '../../../../services.ts'
import type { OidcSignInResult } from '../../oidc-sign-in.service.ts'
import { safeReturnTo } from '../sign-in/schema.ts'

const SIGN_IN_VIEW = 'features/sign-in/pages/sign-in/view.njk'

const MESSAGES: Record<Exclude<OidcSignInResult, { ok: true }>['reason'] | 'cancelled', string> = {
  expired: 'Your sign-in took too long or was started in another browser. Try again.',
  rejected: 'Your council account could not be confirmed. Try again, or contact your system administrator.',
  no_account: 'You do not have a Sightline account. Ask your system administrator to set one up.',
  disabled: 'Your account has been disabled. Contact your system administrator.',
  cancelled: 'Sign-in with your council account did not finish. Try again.',
}

export function oidcController(deps: AppDeps) {
  const oidc = () => {
    if (!deps.oidcSignIn) throw notFound()
    return deps.oidcSignIn
  }
  const session = (res: Response) => res.locals.session as SessionState
  const refuse = (res: Response, reason: keyof typeof MESSAGES) =>
    res.status(reason === 'no_account' || reason === 'disabled' ? 403 : 400).render(SIGN_IN_VIEW, {
      pageTitle: 'Sign in',
      values: { returnTo: '/' },
      oidcEnabled: true,
      errors: [{ field: 'oidc', href: '#oidc', text: MESSAGES[reason] }],
    })

  return {
    async start(req: Request, res: Response) {
      const returnTo = safeReturnTo(typeof req.query.returnTo === 'string' ? req.query.returnTo : undefined)
      res.redirect(await oidc().begin(session(res).id, returnTo))
    },
    async callback(req: Request, res: Response) {
      const service = oidc()
      const { code, state } = req.query
      if (typeof code !== 'string' || typeof state !== 'string') return refuse(res, 'cancelled')
      const requestId = typeof res.locals.requestId === 'string' ? res.locals.requestId : null
      const result = await service.complete({ sessionId: session(res).id, state, code, requestId })
      if (!result.ok) return refuse(res, result.reason)
      await revokeSession(deps.db, session(res).id, deps.clock.now())
      await startSession(deps.db, res, result.userId, deps.clock.now(), deps.config.production)
      res.redirect(result.returnTo)
    },
  }
}
