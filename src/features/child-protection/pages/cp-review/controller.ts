import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { cpReviewSchema } from './schema.ts'

export const cpReviewController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'cp-review',
    view: 'features/child-protection/pages/cp-review/view.njk',
    schema: (ctx) => cpReviewSchema({ today: ctx.today, planStart: ctx.ids.cpPlanStartDate ?? ctx.today }),
    save: async (ctx, data, form) => {
      // The due date stored beside the held date comes from the timescale engine.
      const due = (await deps.dueWork.forChild(ctx.childId)).find((d) => /review conference/i.test(d.label))
      await deps.protection.reviewConference(form, ctx, { ...data, dueDate: due?.dueDate ?? data.heldDate })
    },
  })
