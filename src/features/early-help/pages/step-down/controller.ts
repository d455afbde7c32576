import type { AppDeps } from '../../../../services.ts'
import type { StepContext } from '../../../casework/record-step.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { stepDownSchema } from './schema.ts'

const follows = (ctx: StepContext) => {
  if (ctx.ids.cinLastReviewDate) return { notBefore: ctx.ids.cinLastReviewDate, notBeforeLabel: 'the last child in need plan review' }
  if (ctx.ids.cinPlanStartDate) return { notBefore: ctx.ids.cinPlanStartDate, notBeforeLabel: 'the start of the child in need plan' }
  return { notBefore: ctx.ids.referralDate ?? ctx.today, notBeforeLabel: 'the referral date' }
}

export const stepDownController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'step-down',
    view: 'features/early-help/pages/step-down/view.njk',
    schema: (ctx) => stepDownSchema({ today: ctx.today, ...follows(ctx) }),
    save: async (ctx, data, form) => {
      await deps.earlyHelp.stepDown(form, ctx, data)
    },
  })
