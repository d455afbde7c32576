import type { Request, Response } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { accessUrls } from '../../urls.ts'
import { breakGlassSchema } from './schema.ts'

const VIEW = 'features/access/pages/break-glass/view.njk'
const TITLE = 'Emergency access to a child’s record'

export function breakGlassController(deps: AppDeps) {
  const render = (res: Response, status: number, values: Record<string, unknown>, errors?: unknown) =>
    res.status(status).render(VIEW, { pageTitle: TITLE, action: accessUrls.breakGlass(), values, errors })
  return {
    get(req: Request, res: Response) {
      render(res, 200, { childId: typeof req.query.childId === 'string' ? req.query.childId : '' })
    },
    async post(req: Request, res: Response) {
      const body = (req.body ?? {}) as Record<string, unknown>
      const values = { childId: typeof body.childId === 'string' ? body.childId : '', reason: typeof body.reason === 'string' ? body.reason : '' }
      const parsed = breakGlassSchema.safeParse(values)
      if (!parsed.success) return render(res, 400, values, fieldErrors(parsed.error))
      const result = await deps.breakGlass.open({ ...auditContext(res), childId: parsed.data.childId, reason: parsed.data.reason })
      if (!result.opened) {
        return render(res, 400, values, [
          { field: 'childId', href: '#childId', text: 'There is no record you can open with this number. Check the number, or contact the manager on duty' },
        ])
      }
      res.redirect(accessUrls.childRecord(result.childId))
    },
  }
}
