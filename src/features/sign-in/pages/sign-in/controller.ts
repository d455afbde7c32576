import type { Request, Response } from 'express'
import { SESSION_COOKIE, startSession } from '../../../../platform/auth/session.ts'
import { revokeSession } from '../../../../platform/auth/session.repository.ts'
import type { SessionState } from '../../../../platform/auth/session.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo-accounts.ts'
import { LOCK_MINUTES, type SignInResult } from '../../sign-in.service.ts'
import { safeReturnTo, signInSchema } from './schema.ts'

const VIEW = 'features/sign-in/pages/sign-in/view.njk'

const FAILURE_MESSAGES: Record<Exclude<SignInResult, { ok: true }>['reason'], string> = {
  invalid: 'Enter a correct username and password',
  locked: `Your account is locked after too many attempts. Try again in ${LOCK_MINUTES} minutes, or ask your system administrator to unlock it.`,
  disabled: 'Your account has been disabled. Contact your system administrator.',
  throttled: `There have been too many failed sign-ins from your network. Wait ${LOCK_MINUTES} minutes and try again.`,
}

export function signInController(deps: AppDeps) {
  const demo = deps.config.demo ? { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD } : undefined
  const oidcEnabled = deps.oidcSignIn !== undefined
  return {
    get(req: Request, res: Response) {
      res.render(VIEW, {
        pageTitle: 'Sign in',
        values: { returnTo: safeReturnTo(typeof req.query.returnTo === 'string' ? req.query.returnTo : undefined) },
        timedOut: req.query.timedOut === '1',
        demo,
        oidcEnabled,
      })
    },
    async post(req: Request, res: Response) {
      const parsed = signInSchema.safeParse(req.body)
      const values = { username: req.body?.username ?? '', returnTo: req.body?.returnTo ?? '/' }
      if (!parsed.success) {
        return res.status(400).render(VIEW, { pageTitle: 'Sign in', values, errors: fieldErrors(parsed.error), demo, oidcEnabled })
      }
      const result = await deps.signIn.verify({
        username: parsed.data.username,
        password: parsed.data.password,
        address: req.ip ?? 'unknown',
        requestId: typeof res.locals.requestId === 'string' ? res.locals.requestId : null,
      })
      if (!result.ok) {
        return res
          .status(result.reason === 'throttled' ? 429 : 400)
          .render(VIEW, { pageTitle: 'Sign in', values, errors: [{ href: '#username', text: FAILURE_MESSAGES[result.reason], field: 'username' }], demo, oidcEnabled })
      }
      const old = res.locals.session as SessionState | undefined
      if (old) await revokeSession(deps.db, old.id, deps.clock.now())
      await startSession(deps.db, res, result.userId, deps.clock.now(), deps.config.production)
      res.redirect(parsed.data.returnTo)
    },
    async signOut(_req: Request, res: Response) {
      const session = res.locals.session as SessionState | undefined
      if (session) await revokeSession(deps.db, session.id, deps.clock.now())
      res.clearCookie(SESSION_COOKIE)
      res.redirect('/sign-in')
    },
  }
}
