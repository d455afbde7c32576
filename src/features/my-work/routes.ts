import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { CASE_HOLDERS, requireRole } from '../casework/require-role.ts'
import { allocateController } from './pages/allocate/controller.ts'
import { myTeamController } from './pages/my-team/controller.ts'
import { myWorkController } from './pages/my-work/controller.ts'

export function myWorkRoutes(deps: AppDeps): Router {
  const router = Router()
  const allocate = allocateController(deps)
  router.get('/my-work', requireRole(...CASE_HOLDERS), myWorkController(deps))
  router.get('/my-team', requireRole('team_manager'), myTeamController(deps))
  router.get('/children/:childId/allocate', requireRole('team_manager'), allocate.get)
  router.post('/children/:childId/allocate', requireRole('team_manager'), allocate.post)
  return router
}
