import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'
import { returnChecksForChild } from '../../../data-quality/data-quality.service.ts'

const VIEW = 'features/child-record/pages/summary/view.njk'

/** Messages a successful write may ask the summary to show after its redirect. */
export const SAVED_MESSAGES: Record<string, string> = {
  allocation: 'Allocation recorded',
  recorded: 'Record saved',
}

export function summaryController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const summary = await deps.childRecord.summary(principalOf(res), Number(req.params.childId), res.locals.requestId as string)
    const saved = typeof req.query.saved === 'string' ? SAVED_MESSAGES[req.query.saved] : undefined
    // The record is open (summary() checked access and audited the view), so its return checks can be shown.
    const returnChecks = await returnChecksForChild(deps.db, summary.child.id)
    res.render(VIEW, { pageTitle: summary.child.name, summary, activeTab: 'summary', saved, returnChecks })
  }
}
