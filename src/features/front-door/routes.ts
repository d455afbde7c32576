import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { requireRole } from '../casework/require-role.ts'
import { findChildController } from './pages/find-child/controller.ts'
import { newContactController } from './pages/new-contact/controller.ts'
import { queueController } from './pages/queue/controller.ts'
import { screeningController } from './pages/screening/controller.ts'

/** The front door is for screeners and the managers who oversee them. */
export function frontDoorRoutes(deps: AppDeps): Router {
  const router = Router()
  const frontDoor = requireRole('screener', 'team_manager')
  const newContact = newContactController(deps)
  const findChild = findChildController(deps)
  const screening = screeningController(deps)
  router.get('/front-door', frontDoor, queueController(deps))
  router.get('/front-door/contacts/new', frontDoor, newContact.get)
  router.post('/front-door/contacts/new', frontDoor, newContact.post)
  router.get('/front-door/contacts/:contactId/find-child', frontDoor, findChild.get)
  router.post('/front-door/contacts/:contactId/find-child', frontDoor, findChild.post)
  router.get('/front-door/contacts/:contactId/screening', frontDoor, screening.get)
  router.post('/front-door/contacts/:contactId/screening', frontDoor, screening.post)
  return router
}
