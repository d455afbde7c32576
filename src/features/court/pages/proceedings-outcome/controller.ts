import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { step } from '../../../timescales/deadline.ts'
import { radioItems } from '../../../casework/radio-items.ts'
import { FINAL_ORDER_LABELS, FINAL_ORDERS } from '../../court.ts'
import { proceedingsOutcomeSchema } from './schema.ts'

export const proceedingsOutcomeController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'proceedings-outcome',
    view: 'features/court/pages/proceedings-outcome/view.njk',
    schema: (ctx) => proceedingsOutcomeSchema({ today: ctx.today, applicationDate: ctx.ids.careProceedingsDate ?? ctx.today }),
    extra: (ctx) => ({
      // 26 weeks beginning with the day of issue (CA 1989 s32(1)(a)), from the timescale rules.
      deadline: ctx.ids.careProceedingsDate ? step('care-proceedings', ctx.ids.careProceedingsDate, deps.calendar).dueDate : null,
      orderItems: (selected: string) => radioItems(FINAL_ORDERS, FINAL_ORDER_LABELS, selected),
    }),
    save: async (ctx, data, form) => {
      await deps.court.proceedingsOutcome(form, ctx, data)
    },
  })
