import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { earlyHelpReviewSchema } from './schema.ts'

export const earlyHelpReviewController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'early-help-review',
    view: 'features/early-help/pages/early-help-review/view.njk',
    schema: (ctx) => earlyHelpReviewSchema({ today: ctx.today, planDate: ctx.ids.earlyHelpPlanDate ?? ctx.today, lastReview: ctx.ids.earlyHelpLastReviewDate }),
    save: async (ctx, data, form) => {
      // The due date stored beside the held date comes from the timescale engine (local early help
      // timescales, src/features/timescales/early-help.ts): the first review 6 weeks from the plan,
      // later reviews at most 3 months apart.
      const due = (await deps.dueWork.forChild(ctx.childId)).find((d) => /early help review/i.test(d.label))
      await deps.earlyHelp.review(form, ctx, { ...data, dueDate: due?.dueDate ?? data.heldDate })
    },
  })
