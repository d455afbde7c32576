import type { Request, Response } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import { fieldErrors, type FieldError } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { accessUrls } from '../../urls.ts'
import { grantSchema, restrictionSchema } from './schema.ts'

const VIEW = 'features/access/pages/restriction/view.njk'

type Params = { childId: string; grantId?: string }

const GRANT_REFUSALS = {
  no_account: 'There is no active account with that username',
  no_case_access: 'That person’s role does not give access to case records, so they cannot be given this one',
} as const

function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) if (typeof value === 'string' && key !== '_csrf') values[key] = value
  return values
}

export function restrictionController(deps: AppDeps) {
  const render = async (req: Request<Params>, res: Response, status: number, values: Record<string, string> = {}, errors?: FieldError[]) => {
    const restriction = await deps.restrictions.show({ ...auditContext(res), childId: req.params.childId })
    res.status(status).render(VIEW, { pageTitle: 'Who can see this record', restriction, values, errors, urls: accessUrls })
  }
  return {
    get: (req: Request<Params>, res: Response) => render(req, res, 200),

    async postRestriction(req: Request<Params>, res: Response) {
      const values = formValues(req.body)
      const parsed = restrictionSchema.safeParse(values)
      if (!parsed.success) return render(req, res, 400, values, fieldErrors(parsed.error))
      const request = { ...auditContext(res), childId: req.params.childId }
      const { action, restrictionReason } = parsed.data
      const childId = action === 'restrict' ? await deps.restrictions.restrict(request, restrictionReason) : await deps.restrictions.lift(request, restrictionReason)
      res.redirect(accessUrls.restriction(childId))
    },

    async postGrant(req: Request<Params>, res: Response) {
      const values = formValues(req.body)
      const parsed = grantSchema.safeParse(values)
      if (!parsed.success) return render(req, res, 400, values, fieldErrors(parsed.error))
      const result = await deps.restrictions.grant({ ...auditContext(res), childId: req.params.childId }, parsed.data.username, parsed.data.grantReason)
      if (result !== 'granted') return render(req, res, 400, values, [{ field: 'username', href: '#username', text: GRANT_REFUSALS[result] }])
      res.redirect(accessUrls.restriction(req.params.childId))
    },

    async postRevoke(req: Request<Params>, res: Response) {
      const grantId = Number(req.params.grantId)
      const childId = await deps.restrictions.revoke({ ...auditContext(res), childId: req.params.childId }, Number.isSafeInteger(grantId) ? grantId : -1)
      res.redirect(accessUrls.restriction(childId))
    },
  }
}
