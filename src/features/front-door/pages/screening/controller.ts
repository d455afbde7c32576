import type { Request } from 'express'
import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import { formPage, type FormContext } from '../../../casework/form-page.ts'
import { urls } from '../../../casework/urls.ts'
import { OUTCOME_LABELS, SCREENING_OUTCOMES } from '../../front-door.service.ts'
import { screeningSchema } from './schema.ts'

class Redirect extends Error {
  constructor(readonly to: string) {
    super(to)
  }
}

export function screeningController(deps: AppDeps) {
  const page = formPage(
    {
      view: 'features/front-door/pages/screening/view.njk',
      async load(req: Request, form: FormContext) {
        const { contact, redirect } = await deps.frontDoor.contactFor(form, Number(req.params.contactId), 'screening')
        if (redirect) throw new Redirect(redirect === 'queue' ? urls.frontDoor() : urls.findChild(contact.id))
        const [known, teams] = await Promise.all([deps.frontDoor.knownAbout(contact), deps.frontDoor.teams()])
        return {
          pageTitle: `Screening: ${contact.childName}`,
          contact,
          known,
          teams,
          outcomeItems: (v: string) => SCREENING_OUTCOMES.map((o) => ({ value: o, text: OUTCOME_LABELS[o], checked: v === o })),
          criteriaItems: (v: string | string[]) => codeItems('threshold_criterion', v),
          needItems: (v: string) => codeItems('category_of_need', v),
          teamItems: (v: string) => teams.map((t) => ({ value: String(t.id), text: t.name, checked: String(v) === String(t.id) })),
        }
      },
      schema: (ctx) => screeningSchema(ctx.teams.map((t) => t.id)),
      async save(ctx, data, form) {
        await deps.frontDoor.decide(form, ctx.contact, data, form.principal.workerId)
        return `${urls.frontDoor()}?decided=1`
      },
      draftKey: (ctx) => `front-door/screening/${ctx.contact.id}`,
    },
    deps.drafts,
  )
  const guarded = (handler: typeof page.get) => async (req: Request, res: Parameters<typeof page.get>[1]) => {
    try {
      await handler(req, res)
    } catch (error) {
      if (error instanceof Redirect) return res.redirect(error.to)
      throw error
    }
  }
  return { get: guarded(page.get), post: guarded(page.post) }
}
