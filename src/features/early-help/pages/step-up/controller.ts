import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import type { StepContext } from '../../../casework/record-step.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { stepUpSchema } from './schema.ts'

const follows = (ctx: StepContext) =>
  ctx.ids.earlyHelpLastReviewDate
    ? { notBefore: ctx.ids.earlyHelpLastReviewDate, notBeforeLabel: 'the date of the last early help review' }
    : { notBefore: ctx.ids.earlyHelpStartDate ?? ctx.today, notBeforeLabel: 'the start of the early help episode' }

export const stepUpController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'step-up',
    view: 'features/early-help/pages/step-up/view.njk',
    schema: (ctx) => stepUpSchema({ today: ctx.today, ...follows(ctx), makesReferral: ctx.ids.referralId === null }),
    extra: () => ({ needItems: (selected: string) => codeItems('category_of_need', selected) }),
    save: async (ctx, data, form) => {
      await deps.earlyHelp.stepUp(form, ctx, data)
    },
  })
