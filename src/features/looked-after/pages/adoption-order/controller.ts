import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { ADOPTION_REASONS, radioItems } from '../../options.ts'
import { adoptionOrderSchema } from './schema.ts'

export const adoptionOrderController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'adoption-order',
    view: 'features/looked-after/pages/adoption-order/view.njk',
    schema: (ctx) =>
      adoptionOrderSchema({
        today: ctx.today,
        placedDate: ctx.ids.placedForAdoptionDate ?? ctx.today,
        periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today,
      }),
    extra: () => ({ reasonItems: (v: unknown) => radioItems('reason_episode_ceased', ADOPTION_REASONS, v) }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.adoptionOrder(form, ctx, data)
    },
  })
