import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { chronologyController } from './pages/chronology/controller.ts'
import { summaryController } from './pages/summary/controller.ts'

export function childRecordRoutes(deps: AppDeps): Router {
  const router = Router()
  router.get('/children/:childId', summaryController(deps))
  router.get('/children/:childId/chronology', chronologyController(deps))
  return router
}
