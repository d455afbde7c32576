import type { Request, Response } from 'express'
import type { ZodType } from 'zod'
import { AppError } from '../../../../platform/errors.ts'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import { ROLE_LABELS, ROLES, type Role } from '../../../../platform/auth/principal.ts'
import { fieldErrors, type FieldError } from '../../../../platform/http/form-errors.ts'
import type { AccountsService, ChangeRefusal } from '../../accounts.service.ts'
import { formValues } from '../../form-values.ts'
import { accountUrls, type AccountAction } from '../../urls.ts'
import { passwordSchema, roleSchema, statusSchema } from './schema.ts'

type Params = { accountId: string }

const SELF: Partial<Record<AccountAction, { field: string; text: string }>> = {
  role: { field: 'role', text: 'You cannot change your own role: ask another administrator' },
  status: { field: 'status', text: 'You cannot disable your own account: ask another administrator' },
  unlock: { field: 'unlock', text: 'Ask another administrator to clear your own lock-out' },
  password: { field: 'password', text: 'Change your own password through your organisation, or ask another administrator' },
}

export function accountController(accounts: AccountsService) {
  const render = async (req: Request<Params>, res: Response, status: number, values: Record<string, string> = {}, errors?: FieldError[]) => {
    const account = await accounts.show(Number(req.params.accountId))
    if (!account) throw new AppError('not_found', 'We could not find that account.')
    const self = account.id === auditContext(res).principal.userId
    res.status(status).render('features/accounts/pages/account/view.njk', {
      pageTitle: account.display_name,
      account,
      self,
      roleLabel: ROLE_LABELS[account.role as Role] ?? account.role,
      roles: ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role], checked: (values.role ?? account.role) === role })),
      values,
      errors,
      updated: req.query.updated === '1',
      urls: accountUrls,
    })
  }

  const action =
    <T>(name: AccountAction, schema: ZodType<T> | undefined, apply: (request: ReturnType<typeof auditContext>, id: number, data: T) => Promise<ChangeRefusal | 'done'>) =>
    async (req: Request<Params>, res: Response) => {
      const id = Number(req.params.accountId)
      if (!Number.isSafeInteger(id)) throw new AppError('not_found', 'We could not find that account.')
      const values = formValues(req.body)
      const blankPasswords = { ...values, password: '', confirmPassword: '' }
      const parsed = schema ? schema.safeParse(values) : { success: true as const, data: undefined as T }
      if (!parsed.success) return render(req, res, 400, blankPasswords, fieldErrors(parsed.error))
      const result = await apply(auditContext(res), id, parsed.data)
      if (result === 'not_found') throw new AppError('not_found', 'We could not find that account.')
      if (result === 'self') {
        const refusal = SELF[name] ?? { field: name, text: 'You cannot do this to your own account' }
        return render(req, res, 400, blankPasswords, [{ field: refusal.field, href: `#${refusal.field}`, text: refusal.text }])
      }
      res.redirect(`${accountUrls.account(id)}?updated=1`)
    }

  return {
    get: (req: Request<Params>, res: Response) => render(req, res, 200),
    actions: {
      role: action('role', roleSchema, (request, id, data) => accounts.changeRole(request, id, data.role)),
      status: action('status', statusSchema, (request, id, data) => accounts.setDisabled(request, id, data.status === 'disable')),
      unlock: action('unlock', undefined, (request, id) => accounts.unlock(request, id)),
      password: action('password', passwordSchema, (request, id, data) => accounts.setPassword(request, id, data.password)),
      'sign-out': action('sign-out', undefined, (request, id) => accounts.signOutEverywhere(request, id)),
    } satisfies Record<AccountAction, unknown>,
  }
}
