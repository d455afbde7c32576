import type { Request, Response } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import { AppError } from '../../../../platform/errors.ts'
import type { DataQualityService } from '../../data-quality.service.ts'
import { dataQualityUrls } from '../../urls.ts'

type Params = { returnName: string; code: string }

export function ruleController(dataQuality: DataQualityService) {
  return async (req: Request<Params>, res: Response) => {
    const { principal, requestId } = auditContext(res)
    const found = await dataQuality.rule(principal, req.params.returnName, req.params.code, requestId)
    if (!found) throw new AppError('not_found', 'That rule has no open errors.')
    res.render('features/data-quality/pages/rule/view.njk', { pageTitle: `Rule ${found.rule.code}`, ...found, urls: dataQualityUrls })
  }
}
