import type { AppDeps } from '../../../../services.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { earlyHelpSchema } from './schema.ts'

export const earlyHelpController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'early-help',
    view: 'features/early-help/pages/early-help/view.njk',
    schema: (ctx) => earlyHelpSchema({ today: ctx.today, dateOfBirth: ctx.child.dateOfBirth }),
    prefill: (ctx) => dateValues('startDate', ctx.today),
    save: async (ctx, data, form) => {
      await deps.earlyHelp.startEpisode(form, ctx, data)
    },
  })
