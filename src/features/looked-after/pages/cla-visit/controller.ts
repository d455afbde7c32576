import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { claVisitSchema } from './schema.ts'

export const claVisitController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'cla-visit',
    view: 'features/looked-after/pages/cla-visit/view.njk',
    schema: (ctx) =>
      claVisitSchema({ today: ctx.today, periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.visit(form, ctx, data)
    },
  })
