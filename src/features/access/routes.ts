// Restricted records, named grants and break-glass. Each route declares its permission; which
// children a permitted person may act on is decided by the child guard's query.
import { Router } from 'express'
import { requirePermission } from '../../platform/auth/permissions.ts'
import type { AppDeps } from '../../services.ts'
import { breakGlassController } from './pages/break-glass/controller.ts'
import { restrictionController } from './pages/restriction/controller.ts'

export function accessRoutes(deps: AppDeps): Router {
  const router = Router()
  const breakGlass = breakGlassController(deps)
  router.get('/access/break-glass', requirePermission('break_glass'), breakGlass.get)
  router.post('/access/break-glass', requirePermission('break_glass'), breakGlass.post)

  const restriction = restrictionController(deps)
  router.get('/access/children/:childId/restriction', requirePermission('manage_restrictions'), restriction.get)
  router.post('/access/children/:childId/restriction', requirePermission('manage_restrictions'), restriction.postRestriction)
  router.post('/access/children/:childId/grants', requirePermission('manage_restrictions'), restriction.postGrant)
  router.post('/access/children/:childId/grants/:grantId/revoke', requirePermission('manage_restrictions'), restriction.postRevoke)
  return router
}
