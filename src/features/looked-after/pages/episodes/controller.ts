import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import type { AppDeps } from '../../../../services.ts'

/** The child's SSDA903 episodes, derived from the placements and legal statuses on the record (never keyed by hand). */
export function episodesController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const form = { principal: principalOf(res), requestId: String(res.locals.requestId ?? '') }
    const { child, periods } = await deps.lookedAfter.episodes(form, Number(req.params.childId))
    res.render('features/looked-after/pages/episodes/view.njk', {
      pageTitle: `Looked-after episodes (SSDA903): ${child.name}`,
      child,
      periods,
      activeTab: 'episodes',
    })
  }
}
