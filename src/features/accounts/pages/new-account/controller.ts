import type { Request, Response } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import { ROLE_LABELS, ROLES } from '../../../../platform/auth/principal.ts'
import { fieldErrors, type FieldError } from '../../../../platform/http/form-errors.ts'
import type { AccountsService } from '../../accounts.service.ts'
import { formValues } from '../../form-values.ts'
import { accountUrls } from '../../urls.ts'
import { newAccountSchema } from './schema.ts'

const REFUSALS = {
  username_taken: { field: 'username', text: 'That username is already in use' },
  no_such_worker: { field: 'staffId', text: 'There is no worker with that staff ID' },
} as const

export function newAccountController(accounts: AccountsService) {
  const render = (res: Response, status: number, values: Record<string, string> = {}, errors?: FieldError[]) =>
    res.status(status).render('features/accounts/pages/new-account/view.njk', {
      pageTitle: 'Add an account',
      roles: ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role], checked: values.role === role })),
      values,
      errors,
      urls: accountUrls,
    })
  return {
    get: (_req: Request, res: Response) => render(res, 200),
    async post(req: Request, res: Response) {
      const values = formValues(req.body)
      const parsed = newAccountSchema.safeParse(values)
      if (!parsed.success) return render(res, 400, { ...values, password: '' }, fieldErrors(parsed.error))
      const result = await accounts.create(auditContext(res), parsed.data)
      if (typeof result === 'string') {
        const refusal = REFUSALS[result]
        return render(res, 400, { ...values, password: '' }, [{ field: refusal.field, href: `#${refusal.field}`, text: refusal.text }])
      }
      res.redirect(accountUrls.account(result.id))
    },
  }
}
