import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { removeEntryController } from './pages/remove-entry/controller.ts'

/** Removing an entry recorded in error; who may is decided where the record is read (corrections.service.ts). */
export function correctionRoutes(deps: AppDeps): Router {
  const router = Router()
  const removeEntry = removeEntryController(deps)
  router.get('/children/:childId/entries/:type/:entryId/remove', removeEntry.get)
  router.post('/children/:childId/entries/:type/:entryId/remove', removeEntry.post)
  return router
}
