import type { Request, Response } from 'express'
import type { AppDeps } from '../../../../services.ts'
import { pageContext } from '../page-context.ts'

export function overviewController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const page = pageContext(deps, req, res)
    res.status(page.errors.length ? 400 : 200).render('features/performance/pages/overview/view.njk', {
      ...page.locals,
      pageTitle: 'Performance',
      errors: page.errors,
      values: page.values,
      scorecards: deps.performance.scorecards,
      canWrite: page.principal.role === 'performance_analyst',
      saved: page.suppress ? [] : await deps.performance.listSaved(),
    })
  }
}
