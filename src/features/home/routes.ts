import { Router } from 'express'
import type { AppDeps } from '../../services.ts'
import { countOpenCaseloads } from './home.repository.ts'

export function homeRoutes(deps: AppDeps): Router {
  const router = Router()
  router.get('/', async (_req, res) => {
    const today = deps.clock.today()
    res.render('features/home/pages/home/view.njk', {
      pageTitle: 'Home',
      today,
      summary: await countOpenCaseloads(deps.db, today),
    })
  })
  return router
}
