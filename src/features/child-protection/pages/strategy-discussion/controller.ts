import type { AppDeps } from '../../../../services.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { strategyDiscussionSchema } from './schema.ts'

export const strategyDiscussionController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'strategy-discussion',
    view: 'features/child-protection/pages/strategy-discussion/view.njk',
    schema: (ctx) => strategyDiscussionSchema(ctx.today),
    prefill: (ctx) => dateValues('heldDate', ctx.today),
    save: async (ctx, data, form) => {
      await deps.protection.strategyDiscussion(form, ctx, data)
    },
  })
