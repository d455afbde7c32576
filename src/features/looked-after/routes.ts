// The looked-after steps of the child's record, and the child's derived SSDA903 episodes. Each
// step is guarded by the workflow (casework/workflow.ts) inside the page's load, so deep links
// cannot skip a step.
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { adoptionDecisionController } from './pages/adoption-decision/controller.ts'
import { adoptionMilestonesController } from './pages/adoption-milestones/controller.ts'
import { adoptionOrderController } from './pages/adoption-order/controller.ts'
import { becomeLookedAfterController } from './pages/become-looked-after/controller.ts'
import { claReviewController } from './pages/cla-review/controller.ts'
import { claVisitController } from './pages/cla-visit/controller.ts'
import { episodesController } from './pages/episodes/controller.ts'
import { healthCheckController } from './pages/health-check/controller.ts'
import { leaveCareController } from './pages/leave-care/controller.ts'
import { legalStatusChangeController } from './pages/legal-status-change/controller.ts'
import { missingEpisodeController } from './pages/missing-episode/controller.ts'
import { missingReturnController } from './pages/missing-return/controller.ts'
import { pepController } from './pages/pep/controller.ts'
import { placementChangeController } from './pages/placement-change/controller.ts'

export function lookedAfterRoutes(deps: AppDeps): Router {
  const router = Router()
  router.get('/children/:childId/looked-after/episodes', episodesController(deps))
  const pages = {
    'become-looked-after': becomeLookedAfterController(deps),
    'placement-change': placementChangeController(deps),
    'legal-status-change': legalStatusChangeController(deps),
    'cla-visit': claVisitController(deps),
    'cla-review': claReviewController(deps),
    'missing-episode': missingEpisodeController(deps),
    'missing-return': missingReturnController(deps),
    'adoption-decision': adoptionDecisionController(deps),
    'adoption-milestones': adoptionMilestonesController(deps),
    'adoption-order': adoptionOrderController(deps),
    'leave-care': leaveCareController(deps),
    'health-check': healthCheckController(deps),
    pep: pepController(deps),
  }
  for (const [step, page] of Object.entries(pages)) {
    router.get(`/children/:childId/record/${step}`, page.get)
    router.post(`/children/:childId/record/${step}`, page.post)
  }
  return router
}
