import type { Request, Response } from 'express'
import type { DataQualityService } from '../../data-quality.service.ts'
import { dataQualityUrls } from '../../urls.ts'

export function overviewController(dataQuality: DataQualityService) {
  return async (_req: Request, res: Response) => {
    res.render('features/data-quality/pages/overview/view.njk', { pageTitle: 'Data quality', ...(await dataQuality.overview()), urls: dataQualityUrls })
  }
}
