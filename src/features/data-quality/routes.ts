// The data-quality pages, for the people who answer for the returns (permission view_data_quality).
import { Router } from 'express'
import { requirePermission } from '../../platform/auth/permissions.ts'
import type { AppDeps } from '../../services.ts'
import { createDataQualityService } from './data-quality.service.ts'
import { overviewController } from './pages/overview/controller.ts'
import { ruleController } from './pages/rule/controller.ts'

export function dataQualityRoutes(deps: AppDeps): Router {
  const router = Router()
  const dataQuality = createDataQualityService(deps.db, deps.clock, deps.audit)
  const allowed = requirePermission('view_data_quality')
  router.get('/data-quality', allowed, overviewController(dataQuality))
  router.get('/data-quality/:returnName/:code', allowed, ruleController(dataQuality))
  return router
}
