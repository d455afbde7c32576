import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { missingReturnSchema } from './schema.ts'

export const missingReturnController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'missing-return',
    view: 'features/looked-after/pages/missing-return/view.njk',
    schema: (ctx) =>
      missingReturnSchema({ today: ctx.today, missingStart: ctx.ids.missingStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.missingReturn(form, ctx, data)
    },
  })
