import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { endCinPlanSchema } from './schema.ts'

export const endCinPlanController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'end-cin-plan',
    view: 'features/child-in-need/pages/end-cin-plan/view.njk',
    schema: (ctx) => endCinPlanSchema({ today: ctx.today, planStart: ctx.ids.cinPlanStartDate ?? ctx.today, lastReview: ctx.ids.cinLastReviewDate }),
    save: async (ctx, data, form) => {
      await deps.childInNeed.endPlan(form, ctx, data)
    },
  })
