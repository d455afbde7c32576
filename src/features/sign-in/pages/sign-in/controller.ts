import type { Request, Response } from 'express'
import { startSession } from '../../../../platform/auth/session.ts'
import { revokeSession } from '../../../../platform/auth/session.repository.ts'
import type { SessionState } from '../../../../platform/auth/session.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo-accounts.ts'
import { signInSchema } from './schema.ts'

const VIEW = 'features/sign-in/pages/sign-in/view.njk'

export function signInController(deps: AppDeps) {
  const demo = deps.config.demo ? { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD } : undefined
  return {
    get(req: Request, res: Response) {
      res.render(VIEW, {
        pageTitle: 'Sign in',
        values: { returnTo: typeof req.query.returnTo === 'string' ? req.query.returnTo : '/' },
        timedOut: req.query.timedOut === '1',
        demo,
      })
    },
    async post(req: Request, res: Response) {
      const parsed = signInSchema.safeParse(req.body)
      const values = { username: req.body?.username ?? '', returnTo: req.body?.returnTo ?? '/' }
      if (!parsed.success) {
        return res.status(400).render(VIEW, { pageTitle: 'Sign in', values, errors: fieldErrors(parsed.error), demo })
      }
      const result = await deps.signIn.verify(parsed.data.username, parsed.data.password)
      if (!result.ok) {
        const message =
          result.reason === 'locked'
            ? 'Your account is locked after too many attempts. Try again in 15 minutes, or ask your system administrator to unlock it.'
            : result.reason === 'disabled'
              ? 'Your account has been disabled. Contact your system administrator.'
              : 'Enter a correct username and password'
        return res
          .status(400)
          .render(VIEW, { pageTitle: 'Sign in', values, errors: [{ href: '#username', text: message, field: 'username' }], demo })
      }
      const old = res.locals.session as SessionState | undefined
      if (old) await revokeSession(deps.db, old.id, deps.clock.now())
      await startSession(deps.db, res, result.userId, deps.clock.now(), deps.config.production)
      res.redirect(parsed.data.returnTo)
    },
    async signOut(_req: Request, res: Response) {
      const session = res.locals.session as SessionState | undefined
      if (session) await revokeSession(deps.db, session.id, deps.clock.now())
      res.clearCookie('sightline_session')
      res.redirect('/sign-in')
    },
  }
}
