import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { cinReviewDue } from '../../cin-review-timescale.ts'
import { cinReviewSchema } from './schema.ts'

export const cinReviewController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'cin-review',
    view: 'features/child-in-need/pages/cin-review/view.njk',
    schema: (ctx) => cinReviewSchema({ today: ctx.today, planStart: ctx.ids.cinPlanStartDate ?? ctx.today, lastReview: ctx.ids.cinLastReviewDate }),
    extra: (ctx) => ({ reviewDue: cinReviewDue(ctx.ids.cinPlanStartDate ?? ctx.today, ctx.ids.cinLastReviewDate) }),
    save: async (ctx, data, form) => {
      await deps.childInNeed.reviewPlan(form, ctx, data)
    },
  })
