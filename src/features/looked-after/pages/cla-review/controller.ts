import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { REVIEW_CODE } from '../../../returns/ssda903/codes.ts'
import { radioItems } from '../../options.ts'
import { claReviewSchema } from './schema.ts'

export const claReviewController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'cla-review',
    view: 'features/looked-after/pages/cla-review/view.njk',
    schema: (ctx) =>
      claReviewSchema({ today: ctx.today, periodStart: ctx.ids.periodOfCareStartDate ?? ctx.today }),
    extra: () => ({ participationItems: (v: unknown) => radioItems('review_participation', REVIEW_CODE, v) }),
    save: async (ctx, data, form) => {
      // The due date stored beside the held date comes from the timescale engine (CPPCR 2010 reg 33).
      const due = (await deps.dueWork.forChild(ctx.childId)).find((d) => /looked-after review/i.test(d.label))
      await deps.lookedAfter.review(form, ctx, { ...data, dueDate: due?.dueDate ?? data.heldDate })
    },
  })
