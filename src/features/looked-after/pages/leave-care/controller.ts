import type { AppDeps } from '../../../../services.ts'
import { maxDate } from '../../../../platform/time/dates.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { LEAVING_CARE_REASONS, selectItems } from '../../options.ts'
import { leaveCareSchema } from './schema.ts'

export const leaveCareController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'leave-care',
    view: 'features/looked-after/pages/leave-care/view.njk',
    schema: (ctx) => {
      const periodStart = ctx.ids.periodOfCareStartDate ?? ctx.today
      return leaveCareSchema({
        today: ctx.today,
        periodStart,
        lastChange: maxDate(
          periodStart,
          ctx.ids.placementStartDate ?? periodStart,
          ctx.ids.legalStatusStartDate ?? periodStart,
        ),
      })
    },
    extra: () => ({
      reasonItems: (v: unknown) => selectItems('reason_episode_ceased', LEAVING_CARE_REASONS, v),
    }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.leaveCare(form, ctx, data)
    },
  })
