// What every performance page shares: the principal's access, the as-at choice, and the
// labels the views print.
import type { Request, Response } from 'express'
import { principalOf } from '../../../platform/auth/authenticate.ts'
import { forbidden } from '../../../platform/errors.ts'
import { formatDate } from '../../../platform/time/dates.ts'
import type { AppDeps } from '../../../services.ts'
import { BREAKDOWN_LABELS } from '../indicators/indicator.ts'
import type { AsAt } from '../performance-context.ts'
import { canDrillDown, canSeePerformance, mustSuppress } from '../performance.service.ts'
import { DIRECTION_LABELS, RAG_LABELS } from '../transforms.ts'
import { performanceUrls } from '../urls.ts'
import { parseAsAtQuery } from './as-at-query.ts'

export const RAG_TAGS = {
  green: 'govuk-tag--green',
  amber: 'govuk-tag--yellow',
  red: 'govuk-tag--red',
  not_rated: 'govuk-tag--grey',
} as const

export function pageContext(deps: AppDeps, req: Request, res: Response) {
  const principal = principalOf(res)
  if (!canSeePerformance(principal)) throw forbidden()
  const query = parseAsAtQuery(req.query)
  const asAt: AsAt = deps.performance.asAt(
    query.ok ? query.value.date : undefined,
    query.ok ? query.value.mode : undefined,
  )
  return {
    principal,
    asAt,
    errors: query.ok ? [] : query.errors,
    values: { asAt: typeof req.query.asAt === 'string' ? req.query.asAt : asAt.date, mode: asAt.mode },
    suppress: mustSuppress(principal),
    drillDown: canDrillDown(principal),
    locals: {
      asAt,
      asAtLabel: `${formatDate(asAt.date)}, ${asAt.mode === 'recorded' ? 'as recorded at the time' : 'as now known'}`,
      urls: performanceUrls,
      ragLabels: RAG_LABELS,
      ragTags: RAG_TAGS,
      directionLabels: DIRECTION_LABELS,
      breakdownLabels: BREAKDOWN_LABELS,
    },
  }
}
