import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { missingEpisodeSchema } from './schema.ts'

export const missingEpisodeController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'missing-episode',
    view: 'features/looked-after/pages/missing-episode/view.njk',
    schema: (ctx) =>
      missingEpisodeSchema({ today: ctx.today, periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.missingEpisode(form, ctx, data)
    },
  })
