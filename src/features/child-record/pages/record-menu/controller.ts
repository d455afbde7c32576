import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'

export function recordMenuController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const menu = await deps.recordSteps.menu({ principal: principalOf(res), requestId: String(res.locals.requestId ?? '') }, Number(req.params.childId))
    res.render('features/child-record/pages/record-menu/view.njk', { pageTitle: `Record something: ${menu.child.name}`, ...menu, activeTab: 'record' })
  }
}
