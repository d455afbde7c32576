import type { RequestHandler } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'
import { PAGE_LIMIT } from '../../audit.repository.ts'

export function accessExceptionsController(deps: AppDeps): RequestHandler {
  return async (_req, res) => {
    const principal = principalOf(res)
    const lines = await deps.auditReports.accessExceptions(principal)
    res.render('features/audit/pages/access-exceptions/view.njk', {
      pageTitle: 'Refused and emergency access',
      lines,
      allStaff: principal.role === 'senior_leader',
      limit: PAGE_LIMIT,
    })
  }
}
