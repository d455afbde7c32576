import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { assessmentSchema } from './schema.ts'

export const assessmentController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'assessment',
    view: 'features/assessment/pages/assessment/view.njk',
    schema: (ctx) => assessmentSchema({ today: ctx.today, referralDate: ctx.ids.referralDate ?? ctx.today }),
    prefill: (ctx) => dateValues('startDate', ctx.today),
    extra: () => ({ factorItems: (v: string | string[]) => codeItems('assessment_factor', v) }),
    save: async (ctx, data, form) => {
      await deps.protection.startAssessment(form, ctx, data)
    },
  })
