import type { AppDeps } from '../../../../services.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { step } from '../../../timescales/deadline.ts'
import { coreGroupSchema } from './schema.ts'

export const coreGroupController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'core-group',
    view: 'features/child-protection/pages/core-group/view.njk',
    schema: (ctx) => coreGroupSchema({ today: ctx.today, planStart: ctx.ids.cpPlanStartDate ?? ctx.today }),
    // The first core group is due 10 working days after the initial conference (Tees procedures,
    // the timescale rule 'core-group-first'); the engine tracks the later 6-weekly ones.
    extra: (ctx) => ({ firstDue: ctx.ids.cpPlanStartDate ? step('core-group-first', ctx.ids.cpPlanStartDate, deps.calendar).dueDate : null }),
    save: async (ctx, data, form) => {
      await deps.protection.coreGroup(form, ctx, data)
    },
  })
