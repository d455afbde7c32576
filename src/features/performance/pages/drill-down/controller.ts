import type { Request, Response } from 'express'
import type { AppDeps } from '../../../../services.ts'
import { pageContext } from '../page-context.ts'

export function drillDownController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const page = pageContext(deps, req, res)
    const result = await deps.performance.drillDown(
      page.principal,
      String(req.params.id),
      page.asAt,
      (res.locals.requestId as string | undefined) ?? null,
    )
    res.render('features/performance/pages/drill-down/view.njk', {
      ...page.locals,
      pageTitle: `Children behind: ${result.indicator.name}`,
      errors: page.errors,
      indicator: result.indicator,
      children: result.children,
      hidden: result.hidden,
    })
  }
}
