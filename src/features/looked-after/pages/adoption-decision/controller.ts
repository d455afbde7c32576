import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { adoptionDecisionSchema } from './schema.ts'

export const adoptionDecisionController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'adoption-decision',
    view: 'features/looked-after/pages/adoption-decision/view.njk',
    schema: (ctx) =>
      adoptionDecisionSchema({ today: ctx.today, periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.adoptionDecision(form, ctx, data)
    },
  })
