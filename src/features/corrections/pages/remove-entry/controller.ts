import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import { notFound } from '../../../../platform/errors.ts'
import { fieldErrors, type FieldError } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import type { FormContext } from '../../../casework/form-page.ts'
import { urls } from '../../../casework/urls.ts'
import { correctionUrls, isRemovableType, type RemovableType } from '../../removable-entries.ts'
import { removeEntrySchema } from './schema.ts'

const VIEW = 'features/corrections/pages/remove-entry/view.njk'

interface EntryParams {
  childId: number
  type: RemovableType
  entryId: number
}

function entryParams(req: Request): EntryParams {
  const type = String(req.params.type)
  const entryId = Number(req.params.entryId)
  if (!isRemovableType(type) || !Number.isSafeInteger(entryId) || entryId <= 0) throw notFound()
  return { childId: Number(req.params.childId), type, entryId }
}

const formContext = (res: Response): FormContext => ({ principal: principalOf(res), requestId: String(res.locals.requestId ?? '') })

export function removeEntryController(deps: AppDeps) {
  const render = async (res: Response, form: FormContext, params: EntryParams, values: Record<string, unknown>, errors?: FieldError[]) => {
    const { child, entry } = await deps.corrections.entryToRemove(form, params.childId, params.type, params.entryId)
    res.status(errors ? 400 : 200).render(VIEW, {
      pageTitle: `Remove ${entry.label.toLowerCase()}: ${child.name}`,
      child,
      activeTab: 'chronology',
      entry,
      action: correctionUrls.removeEntry(child.id, entry.type, entry.id),
      back: urls.chronology(child.id),
      values,
      errors,
    })
  }
  return {
    async get(req: Request, res: Response) {
      await render(res, formContext(res), entryParams(req), {})
    },
    async post(req: Request, res: Response) {
      const form = formContext(res)
      const params = entryParams(req)
      const parsed = removeEntrySchema.safeParse({ reason: (req.body as Record<string, unknown>).reason })
      if (!parsed.success) return render(res, form, params, { reason: (req.body as Record<string, unknown>).reason }, fieldErrors(parsed.error))
      await deps.corrections.remove(form, params.childId, params.type, params.entryId, parsed.data.reason)
      res.redirect(`${urls.chronology(params.childId)}?removed=${params.type}`)
    },
  }
}
