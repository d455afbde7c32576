import type { Request, Response } from 'express'
import { actorId } from '../../../../platform/auth/principal.ts'
import { forbidden } from '../../../../platform/errors.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { NEIGHBOUR_MODELS, neighbourList } from '../../benchmarks/benchmarks.ts'
import { loadPerformanceSettings, setNeighbourModel } from '../../targets/targets.repository.ts'
import { performanceUrls } from '../../urls.ts'
import { settingsSchema } from '../narrative/schema.ts'
import { pageContext } from '../page-context.ts'

const VIEW = 'features/performance/pages/settings/view.njk'

/** Which statistical neighbour model the benchmarks use (versioned, so past scorecards keep theirs). */
export function settingsController(deps: AppDeps) {
  const render = (
    res: Response,
    locals: object,
    values: { neighbourModel: string },
    errors?: unknown,
    status = 200,
  ) =>
    res.status(status).render(VIEW, {
      ...locals,
      pageTitle: 'Performance settings',
      values,
      errors,
      models: (['2021', '2025'] as const).map((id) => ({
        id,
        label: NEIGHBOUR_MODELS[id],
        neighbours: neighbourList(id)
          .map((n) => n.name)
          .join(', '),
      })),
    })
  return {
    async get(req: Request, res: Response) {
      const page = pageContext(deps, req, res)
      if (page.principal.role !== 'performance_analyst') throw forbidden()
      const settings = await loadPerformanceSettings(deps.db, { mode: 'now' }, 'leadership')
      render(res, page.locals, { neighbourModel: settings.neighbourModel })
    },
    async post(req: Request, res: Response) {
      const page = pageContext(deps, req, res)
      if (page.principal.role !== 'performance_analyst') throw forbidden()
      const parsed = settingsSchema.safeParse(req.body)
      if (!parsed.success)
        return render(res, page.locals, { neighbourModel: '' }, fieldErrors(parsed.error), 400)
      await setNeighbourModel(deps.db, { id: actorId(page.principal) }, parsed.data.neighbourModel)
      await deps.audit.record({
        principal: page.principal,
        action: 'update',
        recordType: 'performance_setting',
        recordId: 'neighbour_model',
        outcome: 'allowed',
        requestId: res.locals.requestId as string | undefined,
      })
      res.redirect(performanceUrls.home())
    },
  }
}
