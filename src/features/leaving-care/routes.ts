// The leaving care steps of the child's record, guarded by the workflow (casework/workflow.ts).
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { careLeaverContactController } from './pages/care-leaver-contact/controller.ts'

export function leavingCareRoutes(deps: AppDeps): Router {
  const router = Router()
  const page = careLeaverContactController(deps)
  router.get('/children/:childId/record/care-leaver-contact', page.get)
  router.post('/children/:childId/record/care-leaver-contact', page.post)
  return router
}
