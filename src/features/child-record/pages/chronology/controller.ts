import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import { fieldErrors } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { correctionUrls, isRemovableType, mayRemove, REMOVABLE_ENTRIES, removableTypeOf } from '../../../corrections/removable-entries.ts'
import { CHRONOLOGY_KINDS } from '../../child-record.service.ts'
import { chronologyFilterSchema } from './schema.ts'

const VIEW = 'features/child-record/pages/chronology/view.njk'

export function chronologyController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const principal = principalOf(res)
    const parsed = chronologyFilterSchema.safeParse(req.query)
    const kinds = parsed.success ? parsed.data.kind : []
    const { child, events } = await deps.childRecord.chronology(principal, Number(req.params.childId), kinds, res.locals.requestId as string)
    const items = Object.entries(CHRONOLOGY_KINDS).map(([value, text]) => ({ value, text, checked: kinds.includes(value as never) }))
    // A "Remove" link for each entry this user could have recorded (the same rule the remove page applies).
    const rows = events.map((event) => {
      const type = event.entry ? removableTypeOf(event.entry.table) : undefined
      const remove = event.entry && type && mayRemove(principal.role, type) ? { href: correctionUrls.removeEntry(child.id, type, event.entry.id), label: REMOVABLE_ENTRIES[type].label } : null
      return { ...event, remove }
    })
    const removed = typeof req.query.removed === 'string' && isRemovableType(req.query.removed) ? REMOVABLE_ENTRIES[req.query.removed].label : null
    res.status(parsed.success ? 200 : 400).render(VIEW, {
      pageTitle: `Chronology: ${child.name}`,
      child,
      activeTab: 'chronology',
      events: rows,
      items,
      removed,
      errors: parsed.success ? undefined : fieldErrors(parsed.error),
    })
  }
}
