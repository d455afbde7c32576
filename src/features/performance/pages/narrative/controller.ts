import type { Request, Response } from 'express'
import { actorId } from '../../../../platform/auth/principal.ts'
import { forbidden, notFound } from '../../../../platform/errors.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { findIndicator } from '../../indicators/library.ts'
import { findScorecard } from '../../scorecards/scorecard-definitions.ts'
import { loadPerformanceSettings, setNarrative } from '../../targets/targets.repository.ts'
import { performanceUrls } from '../../urls.ts'
import { pageContext } from '../page-context.ts'
import { narrativeSchema } from './schema.ts'

const VIEW = 'features/performance/pages/narrative/view.njk'

/** The performance team writes the short narrative beside each scorecard row. */
export function narrativeController(deps: AppDeps) {
  const load = (req: Request, res: Response) => {
    const page = pageContext(deps, req, res)
    if (page.principal.role !== 'performance_analyst') throw forbidden()
    const scorecard = findScorecard(String(req.params.id))
    const indicator = findIndicator(String(req.params.indicatorId))
    if (!scorecard || !indicator || !scorecard.indicatorIds.includes(indicator.id)) throw notFound()
    return { page, scorecard, indicator }
  }
  return {
    async get(req: Request, res: Response) {
      const { page, scorecard, indicator } = load(req, res)
      const settings = await loadPerformanceSettings(deps.db, { mode: 'now' }, scorecard.id)
      res.render(VIEW, {
        ...page.locals,
        pageTitle: `Narrative: ${indicator.name}`,
        scorecard,
        indicator,
        values: { body: settings.narratives.get(indicator.id) ?? '' },
      })
    },
    async post(req: Request, res: Response) {
      const { page, scorecard, indicator } = load(req, res)
      const parsed = narrativeSchema.safeParse(req.body)
      if (!parsed.success) {
        return res.status(400).render(VIEW, {
          ...page.locals,
          pageTitle: `Narrative: ${indicator.name}`,
          scorecard,
          indicator,
          values: { body: req.body?.body ?? '' },
          errors: fieldErrors(parsed.error),
        })
      }
      await setNarrative(
        deps.db,
        { id: actorId(page.principal) },
        scorecard.id,
        indicator.id,
        parsed.data.body,
      )
      await deps.audit.record({
        principal: page.principal,
        action: 'update',
        recordType: 'performance_narrative',
        recordId: `${scorecard.id}/${indicator.id}`,
        outcome: 'allowed',
        requestId: res.locals.requestId as string | undefined,
      })
      res.redirect(performanceUrls.scorecard(scorecard.id))
    },
  }
}
