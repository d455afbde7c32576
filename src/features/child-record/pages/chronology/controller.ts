import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { CHRONOLOGY_KINDS } from '../../child-record.service.ts'
import { chronologyFilterSchema } from './schema.ts'

const VIEW = 'features/child-record/pages/chronology/view.njk'

export function chronologyController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const parsed = chronologyFilterSchema.safeParse(req.query)
    const kinds = parsed.success ? parsed.data.kind : []
    const { child, events } = await deps.childRecord.chronology(principalOf(res), Number(req.params.childId), kinds, res.locals.requestId as string)
    const items = Object.entries(CHRONOLOGY_KINDS).map(([value, text]) => ({ value, text, checked: kinds.includes(value as never) }))
    res.status(parsed.success ? 200 : 400).render(VIEW, {
      pageTitle: `Chronology: ${child.name}`,
      child,
      activeTab: 'chronology',
      events,
      items,
      errors: parsed.success ? undefined : fieldErrors(parsed.error),
    })
  }
}
