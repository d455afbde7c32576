import type { Request, Response } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import { addDays } from '../../../../platform/time/dates.ts'
import type { AppDeps } from '../../../../services.ts'
import { RETENTION_RULES } from '../../retention-rules.ts'
import { DEFAULT_REVIEW_WINDOW_DAYS } from '../../retention.service.ts'

export function retentionController(deps: AppDeps) {
  return async (_req: Request, res: Response) => {
    const { principal, requestId } = auditContext(res)
    const due = await deps.retention.dueForReview(principal, { requestId })
    res.render('features/data-protection/pages/retention/view.njk', {
      pageTitle: 'Records due for retention review',
      due,
      rules: RETENTION_RULES,
      withinDays: DEFAULT_REVIEW_WINDOW_DAYS,
      horizon: addDays(deps.clock.today(), DEFAULT_REVIEW_WINDOW_DAYS),
    })
  }
}
