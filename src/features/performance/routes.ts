// Performance pages. Every route checks the principal may see performance figures
// (pageContext); drill-downs add their own rule and audit in the service.
import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { drillDownController } from './pages/drill-down/controller.ts'
import { indicatorController } from './pages/indicator/controller.ts'
import { libraryController } from './pages/library/controller.ts'
import { narrativeController } from './pages/narrative/controller.ts'
import { overviewController } from './pages/overview/controller.ts'
import { scorecardController } from './pages/scorecard/controller.ts'
import { settingsController } from './pages/settings/controller.ts'
import { targetsController } from './pages/targets/controller.ts'
import { wardMapController } from './pages/ward-map/controller.ts'

export function performanceRoutes(deps: AppDeps): Router {
  const router = Router()
  const scorecard = scorecardController(deps)
  router.get('/performance', overviewController(deps))
  router.get('/performance/scorecards/:id', scorecard.show)
  router.get('/performance/scorecards/:id/export.:format', scorecard.export)
  router.post('/performance/scorecards/:id/save', scorecard.save)
  const narrative = narrativeController(deps)
  router.get('/performance/scorecards/:id/narratives/:indicatorId', narrative.get)
  router.post('/performance/scorecards/:id/narratives/:indicatorId', narrative.post)
  router.get('/performance/indicators', libraryController(deps))
  router.get('/performance/indicators/:id', indicatorController(deps))
  router.get('/performance/indicators/:id/children', drillDownController(deps))
  router.get('/performance/ward-map', wardMapController(deps))
  // Performance analysts only (checked, and a refused change audited, in the controller).
  const targets = targetsController(deps)
  router.get('/performance/indicators/:id/targets', targets.list)
  router.get('/performance/indicators/:id/targets/year', targets.targetForm)
  router.post('/performance/indicators/:id/targets/year', targets.targetSave)
  router.get('/performance/indicators/:id/targets/:year/remove', targets.removeForm)
  router.post('/performance/indicators/:id/targets/:year/remove', targets.removeSave)
  router.get('/performance/indicators/:id/tolerance', targets.toleranceForm)
  router.post('/performance/indicators/:id/tolerance', targets.toleranceSave)
  router.get('/performance/indicators/:id/trajectory', targets.trajectoryForm)
  router.post('/performance/indicators/:id/trajectory', targets.trajectorySave)
  const settings = settingsController(deps)
  router.get('/performance/settings', settings.get)
  router.post('/performance/settings', settings.post)
  return router
}
