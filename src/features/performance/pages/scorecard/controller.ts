import type { Request, Response } from 'express'
import { actorId } from '../../../../platform/auth/principal.ts'
import { forbidden, notFound } from '../../../../platform/errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { findScorecard } from '../../scorecards/scorecard-definitions.ts'
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  exportScorecard,
  type ExportFormat,
} from '../../scorecards/exports.ts'
import { performanceUrls } from '../../urls.ts'
import { pageContext } from '../page-context.ts'

const VIEW = 'features/performance/pages/scorecard/view.njk'

export function scorecardController(deps: AppDeps) {
  return {
    async show(req: Request, res: Response) {
      const page = pageContext(deps, req, res)
      const id = String(req.params.id)
      const definition = findScorecard(id)
      if (!definition) throw notFound()
      const scorecard = await deps.performance.scorecard(id, page.asAt, { suppress: page.suppress })
      res.status(page.errors.length ? 400 : 200).render(VIEW, {
        ...page.locals,
        pageTitle: definition.title,
        errors: page.errors,
        values: page.values,
        scorecard,
        formats: EXPORT_FORMATS,
        canWrite: page.principal.role === 'performance_analyst',
        saved: req.query.saved === '1',
      })
    },
    async export(req: Request, res: Response) {
      const page = pageContext(deps, req, res)
      const id = String(req.params.id)
      const format = String(req.params.format) as ExportFormat
      if (!findScorecard(id) || !EXPORT_FORMATS.includes(format)) throw notFound()
      const scorecard = await deps.performance.scorecard(id, page.asAt, {
        suppress: page.suppress,
        breakdowns: format === 'json',
      })
      await deps.audit.record({
        principal: page.principal,
        action: 'export',
        recordType: 'scorecard',
        recordId: `${id}@${page.asAt.date}:${page.asAt.mode}`,
        outcome: 'allowed',
        requestId: res.locals.requestId as string | undefined,
      })
      res.type(CONTENT_TYPES[format])
      res.attachment(`${id}-${page.asAt.date}-${page.asAt.mode}.${format}`)
      res.send(await exportScorecard(scorecard, format))
    },
    async save(req: Request, res: Response) {
      const page = pageContext(deps, req, res)
      if (page.principal.role !== 'performance_analyst') throw forbidden()
      const id = String(req.params.id)
      if (!findScorecard(id)) throw notFound()
      const asAt = deps.performance.asAt(
        typeof req.body?.asAt === 'string' ? req.body.asAt : undefined,
        req.body?.mode === 'now' ? 'now' : 'recorded',
      )
      await deps.performance.save(id, asAt, actorId(page.principal))
      res.redirect(`${performanceUrls.scorecard(id, asAt)}&saved=1`)
    },
  }
}
