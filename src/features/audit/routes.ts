// Audit pages. Each route declares its permission; which rows a permitted person sees is decided
// in the service's queries.
import { Router } from 'express'
import { requirePermission } from '../../platform/auth/permissions.ts'
import type { AppDeps } from '../../services.ts'
import { accessExceptionsController } from './pages/access-exceptions/controller.ts'
import { childViewsController } from './pages/child-views/controller.ts'
import { myAccessController } from './pages/my-access/controller.ts'

export function auditRoutes(deps: AppDeps): Router {
  const router = Router()
  router.get('/audit/children/:childId', requirePermission('view_child_audit'), childViewsController(deps))
  router.get('/audit/my-access', requirePermission('view_own_access'), myAccessController(deps))
  router.get('/audit/access-exceptions', requirePermission('view_access_exceptions'), accessExceptionsController(deps))
  return router
}
