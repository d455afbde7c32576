// The one shape of every casework form: GET shows the form pre-filled (a saved draft first, then
// what the record already knows); POST validates with the page's zod schema, re-renders with
// status 400, everything the user typed and GOV.UK errors, or saves, clears the draft and redirects.
import type { Request, Response } from 'express'
import type { z } from 'zod'
import { principalOf } from '../../platform/auth/authenticate.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { fieldErrors, type FieldError } from '../../platform/http/form-errors.ts'
import type { DraftStore } from '../drafts/drafts.service.ts'

export interface FormContext {
  principal: Principal
  requestId: string
}

export interface FormPageSpec<Ctx, S extends z.ZodType> {
  view: string
  /** Loads what the page needs (and checks access): throws not found/forbidden otherwise. */
  load(req: Request, form: FormContext): Promise<Ctx & { pageTitle: string }>
  /** Values the record already knows, so nobody is asked twice. */
  prefill?(ctx: Ctx): Record<string, unknown>
  schema(ctx: Ctx): S
  save(ctx: Ctx, data: z.infer<S>, form: FormContext): Promise<string>
  /** Long forms keep a draft on the server under this key (per user). */
  draftKey?(ctx: Ctx, req: Request): string
}

export function formPage<Ctx, S extends z.ZodType>(spec: FormPageSpec<Ctx, S>, drafts: DraftStore) {
  const context = (res: Response): FormContext => ({ principal: principalOf(res), requestId: String(res.locals.requestId ?? '') })
  const render = (res: Response, ctx: Ctx & { pageTitle: string }, values: Record<string, unknown>, errors: FieldError[] | undefined, draftKey: string | undefined, draftSavedAt?: Date) =>
    res.status(errors ? 400 : 200).render(spec.view, { ...ctx, values, errors, draftKey, draftSavedAt })
  return {
    async get(req: Request, res: Response) {
      const form = context(res)
      const ctx = await spec.load(req, form)
      const draftKey = spec.draftKey?.(ctx, req)
      const draft = draftKey ? await drafts.find(form.principal, draftKey) : undefined
      const values = { ...(spec.prefill?.(ctx) ?? {}), ...(draft?.fields ?? {}) }
      render(res, ctx, values, undefined, draftKey, draft?.savedAt)
    },
    async post(req: Request, res: Response) {
      const form = context(res)
      const ctx = await spec.load(req, form)
      const draftKey = spec.draftKey?.(ctx, req)
      const body = { ...(req.body as Record<string, unknown>) }
      delete body._csrf
      const parsed = spec.schema(ctx).safeParse(body)
      if (!parsed.success) {
        if (draftKey) await drafts.save(form.principal, draftKey, body, null)
        return render(res, ctx, body, fieldErrors(parsed.error), draftKey)
      }
      const next = await spec.save(ctx, parsed.data, form)
      if (draftKey) await drafts.discard(form.principal, draftKey)
      res.redirect(next)
    },
  }
}
