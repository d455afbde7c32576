import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'

export function myTeamController(deps: AppDeps) {
  return async (_req: Request, res: Response) => {
    const team = await deps.myWork.myTeam(principalOf(res))
    res.render('features/my-work/pages/my-team/view.njk', { pageTitle: 'My team', ...team, dueItems: team.overdue })
  }
}
