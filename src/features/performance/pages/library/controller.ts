import type { Request, Response } from 'express'
import type { AppDeps } from '../../../../services.ts'
import { INDICATORS } from '../../indicators/library.ts'
import { pageContext } from '../page-context.ts'

const GROUPS = [
  { id: 'headline', title: 'Headline indicators' },
  { id: 'proxy', title: 'Proxy indicators for the Overview and Scrutiny Board' },
  { id: 'practice', title: 'Practice measures' },
] as const

export function libraryController(deps: AppDeps) {
  return (req: Request, res: Response) => {
    const page = pageContext(deps, req, res)
    res.render('features/performance/pages/library/view.njk', {
      ...page.locals,
      pageTitle: 'Indicator library',
      groups: GROUPS.map((g) => ({ ...g, indicators: INDICATORS.filter((i) => i.group === g.id) })),
    })
  }
}
