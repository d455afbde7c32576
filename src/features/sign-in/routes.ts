import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { signInController } from './pages/sign-in/controller.ts'

export function signInRoutes(deps: AppDeps): Router {
  const router = Router()
  const controller = signInController(deps)
  router.get('/sign-in', controller.get)
  router.post('/sign-in', controller.post)
  router.get('/sign-out', controller.signOut)
  return router
}
