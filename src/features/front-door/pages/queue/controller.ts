import type { Request, Response } from 'express'
import type { AppDeps } from '../../../../services.ts'

export function queueController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const queue = await deps.frontDoor.queue()
    res.render('features/front-door/pages/queue/view.njk', { pageTitle: 'Front door', queue, decided: req.query.decided === '1' })
  }
}
