import type { AppDeps } from '../../../../services.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { adoptionMilestonesSchema } from './schema.ts'

export const adoptionMilestonesController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'adoption-milestones',
    view: 'features/looked-after/pages/adoption-milestones/view.njk',
    schema: (ctx) =>
      adoptionMilestonesSchema({ today: ctx.today, decisionDate: ctx.ids.adoptionDecisionDate ?? ctx.today }),
    prefill: (ctx) => ({
      ...dateValues('placementOrderDate', ctx.ids.placementOrderDate),
      ...dateValues('matchedDate', ctx.ids.matchedDate),
      ...dateValues('placedDate', ctx.ids.placedForAdoptionDate),
    }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.adoptionMilestones(form, ctx, data)
    },
  })
