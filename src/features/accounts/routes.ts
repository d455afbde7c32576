// Account administration, for system administrators only (permission manage_accounts).
import { Router } from 'express'
import { requirePermission } from '../../platform/auth/permissions.ts'
import type { AppDeps } from '../../services.ts'
import { createAccountsService } from './accounts.service.ts'
import { accountController } from './pages/account/controller.ts'
import { accountsController } from './pages/accounts/controller.ts'
import { newAccountController } from './pages/new-account/controller.ts'
import { ACCOUNT_ACTIONS, accountUrls } from './urls.ts'

export function accountRoutes(deps: AppDeps): Router {
  const router = Router()
  const accounts = createAccountsService(deps.db, deps.clock, deps.audit)
  const allowed = requirePermission('manage_accounts')
  const create = newAccountController(accounts)
  const account = accountController(accounts)
  router.get(accountUrls.list(), allowed, accountsController(accounts))
  router.get(accountUrls.create(), allowed, create.get)
  router.post(accountUrls.create(), allowed, create.post)
  router.get('/admin/accounts/:accountId', allowed, account.get)
  for (const action of ACCOUNT_ACTIONS) router.post(`/admin/accounts/:accountId/${action}`, allowed, account.actions[action])
  return router
}
