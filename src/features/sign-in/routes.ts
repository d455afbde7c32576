import { Router } from 'express'
import { requireSignIn } from '../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../services.ts'
import { oidcController } from './pages/oidc/controller.ts'
import { signInController } from './pages/sign-in/controller.ts'
import { signOutEverywhereController } from './pages/sign-out-everywhere/controller.ts'

export function signInRoutes(deps: AppDeps): Router {
  const router = Router()
  const controller = signInController(deps)
  router.get('/sign-in', controller.get)
  router.post('/sign-in', controller.post)
  router.get('/sign-out', controller.signOut)
  const oidc = oidcController(deps)
  router.get('/sign-in/oidc', oidc.start)
  router.get('/sign-in/oidc/callback', oidc.callback)
  const everywhere = signOutEverywhereController(deps)
  router.get('/sign-out-everywhere', requireSignIn(), everywhere.get)
  router.post('/sign-out-everywhere', requireSignIn(), everywhere.post)
  return router
}
