import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { healthCheckSchema } from './schema.ts'

export const healthCheckController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'health-check',
    view: 'features/looked-after/pages/health-check/view.njk',
    schema: (ctx) =>
      healthCheckSchema({ today: ctx.today, periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.healthCheck(form, ctx, data)
    },
  })
