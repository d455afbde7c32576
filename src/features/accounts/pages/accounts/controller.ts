import type { Request, Response } from 'express'
import { ROLE_LABELS } from '../../../../platform/auth/principal.ts'
import type { AccountsService } from '../../accounts.service.ts'
import { accountUrls } from '../../urls.ts'

export function accountsController(accounts: AccountsService) {
  return async (_req: Request, res: Response) => {
    res.render('features/accounts/pages/accounts/view.njk', { pageTitle: 'Accounts', accounts: await accounts.list(), roleLabels: ROLE_LABELS, urls: accountUrls })
  }
}
