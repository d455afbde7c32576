// The child in need plan steps of the child's record. Each step is guarded by the workflow
// (casework/workflow.ts) inside the page's load, so deep links cannot skip a step.
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { cinPlanController } from './pages/cin-plan/controller.ts'
import { cinReviewController } from './pages/cin-review/controller.ts'
import { endCinPlanController } from './pages/end-cin-plan/controller.ts'

export function childInNeedRoutes(deps: AppDeps): Router {
  const router = Router()
  const pages = {
    'cin-plan': cinPlanController(deps),
    'cin-review': cinReviewController(deps),
    'end-cin-plan': endCinPlanController(deps),
  }
  for (const [step, page] of Object.entries(pages)) {
    router.get(`/children/:childId/record/${step}`, page.get)
    router.post(`/children/:childId/record/${step}`, page.post)
  }
  return router
}
