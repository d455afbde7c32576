import type { RequestHandler } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import type { AppDeps } from '../../../../services.ts'
import { PAGE_LIMIT } from '../../audit.repository.ts'

export function childViewsController(deps: AppDeps): RequestHandler<{ childId: string }> {
  return async (req, res) => {
    const { principal, requestId } = auditContext(res)
    const { childId, lines } = await deps.auditReports.whoViewedChild(principal, req.params.childId, requestId)
    res.render('features/audit/pages/child-views/view.njk', { pageTitle: 'Who has viewed this child’s record', childId, lines, limit: PAGE_LIMIT })
  }
}
