// The early help steps of the child's record, and the steps between early help and children's
// social care. Each step is guarded by the workflow (casework/workflow.ts) inside the page's load.
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { earlyHelpController } from './pages/early-help/controller.ts'
import { earlyHelpPlanController } from './pages/early-help-plan/controller.ts'
import { earlyHelpReviewController } from './pages/early-help-review/controller.ts'
import { endEarlyHelpController } from './pages/end-early-help/controller.ts'
import { stepDownController } from './pages/step-down/controller.ts'
import { stepUpController } from './pages/step-up/controller.ts'

export function earlyHelpRoutes(deps: AppDeps): Router {
  const router = Router()
  const pages = {
    'early-help': earlyHelpController(deps),
    'early-help-plan': earlyHelpPlanController(deps),
    'early-help-review': earlyHelpReviewController(deps),
    'end-early-help': endEarlyHelpController(deps),
    'step-up': stepUpController(deps),
    'step-down': stepDownController(deps),
  }
  for (const [step, page] of Object.entries(pages)) {
    router.get(`/children/:childId/record/${step}`, page.get)
    router.post(`/children/:childId/record/${step}`, page.post)
  }
  return router
}
