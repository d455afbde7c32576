import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { earlyHelpPlanSchema } from './schema.ts'

export const earlyHelpPlanController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'early-help-plan',
    view: 'features/early-help/pages/early-help-plan/view.njk',
    schema: (ctx) => earlyHelpPlanSchema({ today: ctx.today, episodeStart: ctx.ids.earlyHelpStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.earlyHelp.recordPlan(form, ctx, data)
    },
  })
