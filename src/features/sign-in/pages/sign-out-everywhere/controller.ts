import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import { revokeAllForUser } from '../../../../platform/auth/session.repository.ts'
import { SESSION_COOKIE } from '../../../../platform/auth/session.ts'
import type { AppDeps } from '../../../../services.ts'

export function signOutEverywhereController(deps: AppDeps) {
  return {
    get(_req: Request, res: Response) {
      res.render('features/sign-in/pages/sign-out-everywhere/view.njk', { pageTitle: 'Sign out everywhere' })
    },
    async post(_req: Request, res: Response) {
      await revokeAllForUser(deps.db, principalOf(res).userId, deps.clock.now())
      res.clearCookie(SESSION_COOKIE)
      res.redirect('/sign-in')
    },
  }
}
