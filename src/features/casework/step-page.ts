// A page that records one workflow step on a child's record: the form-page shape, opened through
// record-step.ts (access + workflow guard), with a server-side draft per child and step.
import type { z } from 'zod'
import type { AppDeps } from '../../services.ts'
import { formPage, type FormContext } from './form-page.ts'
import type { StepContext } from './record-step.ts'
import { urls } from './urls.ts'
import type { RecordStepId } from './workflow.ts'

export interface StepPageSpec<S extends z.ZodType> {
  step: RecordStepId
  view: string
  schema(ctx: StepContext): S
  prefill?(ctx: StepContext): Record<string, unknown>
  /** More for the view (code list items, choices read from the database). */
  extra?(ctx: StepContext): Record<string, unknown> | Promise<Record<string, unknown>>
  save(ctx: StepContext, data: z.infer<S>, form: FormContext): Promise<void>
}

export function stepPage<S extends z.ZodType>(deps: AppDeps, spec: StepPageSpec<S>) {
  return formPage(
    {
      view: spec.view,
      async load(req, form) {
        const ctx = await deps.recordSteps.open(form, Number(req.params.childId), spec.step)
        return { ...ctx, ...((await spec.extra?.(ctx)) ?? {}), pageTitle: `${ctx.stepLabel}: ${ctx.child.name}` }
      },
      prefill: (ctx) => spec.prefill?.(ctx) ?? {},
      schema: (ctx) => spec.schema(ctx),
      async save(ctx, data, form) {
        await spec.save(ctx, data, form)
        return `${urls.child(ctx.childId)}?saved=recorded`
      },
      draftKey: (ctx) => `children/${ctx.childId}/${spec.step}`,
    },
    deps.drafts,
  )
}
