// The assessment and child protection steps of the child's record. Each step is guarded by the
// workflow (casework/workflow.ts) inside the page's load, so deep links cannot skip a step.
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { assessmentController } from '../assessment/pages/assessment/controller.ts'
import { authoriseAssessmentController } from '../assessment/pages/authorise-assessment/controller.ts'
import { recordMenuController } from '../child-record/pages/record-menu/controller.ts'
import { conferenceController } from './pages/conference/controller.ts'
import { coreGroupController } from './pages/core-group/controller.ts'
import { cpReviewController } from './pages/cp-review/controller.ts'
import { section47Controller } from './pages/section-47/controller.ts'
import { strategyDiscussionController } from './pages/strategy-discussion/controller.ts'

export function protectionRoutes(deps: AppDeps): Router {
  const router = Router()
  router.get('/children/:childId/record', recordMenuController(deps))
  const pages = {
    assessment: assessmentController(deps),
    'authorise-assessment': authoriseAssessmentController(deps),
    'strategy-discussion': strategyDiscussionController(deps),
    'section-47': section47Controller(deps),
    conference: conferenceController(deps),
    'cp-review': cpReviewController(deps),
    'core-group': coreGroupController(deps),
  }
  for (const [step, page] of Object.entries(pages)) {
    router.get(`/children/:childId/record/${step}`, page.get)
    router.post(`/children/:childId/record/${step}`, page.post)
  }
  return router
}
