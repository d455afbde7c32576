import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'

export function myWorkController(deps: AppDeps) {
  return async (_req: Request, res: Response) => {
    const work = await deps.myWork.myWork(principalOf(res))
    res.render('features/my-work/pages/my-work/view.njk', { pageTitle: 'My work', ...work, dueItems: work.due })
  }
}
