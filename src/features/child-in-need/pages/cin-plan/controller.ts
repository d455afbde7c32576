import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { cinPlanSchema } from './schema.ts'

export const cinPlanController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'cin-plan',
    view: 'features/child-in-need/pages/cin-plan/view.njk',
    schema: (ctx) => cinPlanSchema({ today: ctx.today, assessmentAuthorised: ctx.ids.authorisedAssessmentDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.childInNeed.startPlan(form, ctx, data)
    },
  })
