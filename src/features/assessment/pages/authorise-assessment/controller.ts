import type { AppDeps } from '../../../../services.ts'
import { dateValues } from '../../../casework/form-fields.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { authoriseSchema } from './schema.ts'

export const authoriseAssessmentController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'authorise-assessment',
    view: 'features/assessment/pages/authorise-assessment/view.njk',
    schema: (ctx) => authoriseSchema(ctx.today),
    prefill: (ctx) => dateValues('authorisedDate', ctx.today),
    save: async (ctx, data, form) => {
      await deps.protection.authoriseAssessment(form, ctx, data)
    },
  })
