import type { Request, Response } from 'express'
import { auditContext } from '../../../../platform/audit/request-context.ts'
import type { AppDeps } from '../../../../services.ts'
import { dataProtectionUrls } from '../../urls.ts'

type Params = { childId: string }

export function subjectAccessController(deps: AppDeps) {
  return {
    async get(req: Request<Params>, res: Response) {
      const { principal, requestId } = auditContext(res)
      const summary = await deps.subjectAccess.summary(principal, req.params.childId, requestId)
      res.render('features/data-protection/pages/subject-access/view.njk', {
        pageTitle: 'Subject access export',
        summary,
        downloadUrl: dataProtectionUrls.subjectAccessDownload(summary.childId),
      })
    },
    async download(req: Request<Params>, res: Response) {
      const { principal, requestId } = auditContext(res)
      const data = await deps.subjectAccess.exportForPerson(principal, req.params.childId, requestId)
      res.attachment(`subject-access-child-${data.childId}.json`)
      res.type('application/json').send(JSON.stringify(data, null, 2))
    },
  }
}
