import type { AppDeps } from '../../../../services.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { section47Schema } from './schema.ts'

export const section47Controller = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'section-47',
    view: 'features/child-protection/pages/section-47/view.njk',
    schema: (ctx) => section47Schema({ today: ctx.today, strategyDate: ctx.ids.strategyDiscussionDate ?? ctx.today }),
    // Never ask twice: the enquiry usually starts the day the strategy discussion decided it.
    prefill: (ctx) => dateValues('startDate', ctx.ids.strategyDiscussionDate),
    save: async (ctx, data, form) => {
      await deps.protection.startSection47(form, ctx, data)
    },
  })
