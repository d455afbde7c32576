// Data protection duties: subject access export and retention review. Each route declares its
// permission; the subject access routes also go through the child guard.
import { Router } from 'express'
import { requirePermission } from '../../platform/auth/permissions.ts'
import type { AppDeps } from '../../services.ts'
import { retentionController } from './pages/retention/controller.ts'
import { subjectAccessController } from './pages/subject-access/controller.ts'

export function dataProtectionRoutes(deps: AppDeps): Router {
  const router = Router()
  const subjectAccess = subjectAccessController(deps)
  router.get('/data-protection/children/:childId/subject-access', requirePermission('export_subject_access'), subjectAccess.get)
  router.get('/data-protection/children/:childId/subject-access.json', requirePermission('export_subject_access'), subjectAccess.download)
  router.get('/data-protection/retention', requirePermission('review_retention'), retentionController(deps))
  return router
}
