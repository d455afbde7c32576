import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { conferenceSchema } from './schema.ts'

export const conferenceController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'conference',
    view: 'features/child-protection/pages/conference/view.njk',
    schema: (ctx) => conferenceSchema({ today: ctx.today, s47Start: ctx.ids.s47StartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      await deps.protection.conference(form, ctx, data)
    },
  })
