import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { pepSchema } from './schema.ts'

export const pepController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'pep',
    view: 'features/looked-after/pages/pep/view.njk',
    schema: (ctx) => pepSchema({ today: ctx.today, periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.personalEducationPlan(form, ctx, data)
    },
  })
