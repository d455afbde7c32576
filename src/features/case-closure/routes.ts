// Closing a case from the child's record, guarded by the workflow (casework/workflow.ts).
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { closeCaseController } from './pages/close-case/controller.ts'

export function caseClosureRoutes(deps: AppDeps): Router {
  const router = Router()
  const page = closeCaseController(deps)
  router.get('/children/:childId/record/close-case', page.get)
  router.post('/children/:childId/record/close-case', page.post)
  return router
}
