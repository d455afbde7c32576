// The court steps of the child's record: pre-proceedings meetings and care proceedings. Each step
// is guarded by the workflow (casework/workflow.ts) inside the page's load.
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { careProceedingsController } from './pages/care-proceedings/controller.ts'
import { ploMeetingController } from './pages/plo-meeting/controller.ts'
import { proceedingsOutcomeController } from './pages/proceedings-outcome/controller.ts'

export function courtRoutes(deps: AppDeps): Router {
  const router = Router()
  const pages = {
    'plo-meeting': ploMeetingController(deps),
    'care-proceedings': careProceedingsController(deps),
    'proceedings-outcome': proceedingsOutcomeController(deps),
  }
  for (const [step, page] of Object.entries(pages)) {
    router.get(`/children/:childId/record/${step}`, page.get)
    router.post(`/children/:childId/record/${step}`, page.post)
  }
  return router
}
