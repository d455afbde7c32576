// Find the child a contact is about: search (fuzzy), pick a record, or create one. The search
// terms carry over into the "create" form, so nothing is typed twice.
import type { Request, Response } from 'express'
import { principalOf } from '../../../../platform/auth/authenticate.ts'
import { fieldErrors, type FieldError } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import type { FormContext } from '../../../casework/form-page.ts'
import { urls } from '../../../casework/urls.ts'
import { linkSchema, newChildSchema, searchSchema } from './schema.ts'

const VIEW = 'features/front-door/pages/find-child/view.njk'

export function findChildController(deps: AppDeps) {
  const formOf = (res: Response): FormContext => ({ principal: principalOf(res), requestId: String(res.locals.requestId ?? '') })

  async function page(req: Request, res: Response, extra: { newValues?: Record<string, unknown>; errors?: FieldError[] } = {}) {
    const form = formOf(res)
    const { contact, redirect } = await deps.frontDoor.contactFor(form, Number(req.params.contactId), 'find-child')
    if (redirect) return res.redirect(redirect === 'queue' ? urls.frontDoor() : `/front-door/contacts/${contact.id}/${redirect}`)
    const query = req.query as Record<string, unknown>
    const searched = ['forename', 'surname', 'postcode', 'nhsNumber', 'dateOfBirth-day'].some((k) => typeof query[k] === 'string' && query[k] !== '')
    const parsed = searched ? searchSchema.safeParse(query) : undefined
    const search = parsed?.success ? await deps.frontDoor.search(form, contact.id, parsed.data) : undefined
    const errors = extra.errors ?? (parsed && !parsed.success ? fieldErrors(parsed.error) : undefined)
    const newValues = extra.newValues ?? {
      newForename: query.forename ?? '',
      newSurname: query.surname ?? '',
      newNhsNumber: query.nhsNumber ?? '',
      'newDateOfBirth-day': query['dateOfBirth-day'] ?? '',
      'newDateOfBirth-month': query['dateOfBirth-month'] ?? '',
      'newDateOfBirth-year': query['dateOfBirth-year'] ?? '',
    }
    res.status(errors ? 400 : 200).render(VIEW, { pageTitle: 'Find the child', contact, values: query, newValues, search, searched: searched || extra.newValues !== undefined, errors })
  }

  return {
    get: (req: Request, res: Response) => page(req, res),
    async post(req: Request, res: Response) {
      const form = formOf(res)
      const { contact, redirect } = await deps.frontDoor.contactFor(form, Number(req.params.contactId), 'find-child')
      if (redirect) return res.redirect(urls.frontDoor())
      const body = req.body as Record<string, unknown>
      if (body.action === 'create') {
        const parsed = newChildSchema(deps.clock.today()).safeParse(body)
        if (!parsed.success) return page(req, res, { newValues: body, errors: fieldErrors(parsed.error) })
        const d = parsed.data
        await deps.frontDoor.createChildAndLink(form, contact, { forename: d.newForename, surname: d.newSurname, sex: d.newSex, dateOfBirth: d.newDateOfBirth, nhsNumber: d.newNhsNumber })
      } else {
        const parsed = linkSchema.safeParse(body)
        if (!parsed.success) return page(req, res, { errors: fieldErrors(parsed.error) })
        await deps.frontDoor.linkChild(form, contact, parsed.data.childId)
      }
      res.redirect(urls.screening(contact.id))
    },
  }
}
