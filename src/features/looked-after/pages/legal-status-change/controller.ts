import type { AppDeps } from '../../../../services.ts'
import { codeLabel } from '../../../casework/codes.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { LEGAL_STATUS } from '../../../returns/ssda903/codes.ts'
import { radioItems } from '../../options.ts'
import { legalStatusChangeSchema } from './schema.ts'

export const legalStatusChangeController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'legal-status-change',
    view: 'features/looked-after/pages/legal-status-change/view.njk',
    schema: (ctx) =>
      legalStatusChangeSchema({
        today: ctx.today,
        currentStart: ctx.ids.legalStatusStartDate ?? ctx.ids.periodOfCareStartDate ?? ctx.today,
        currentCode: ctx.ids.legalStatusCode,
      }),
    extra: (ctx) => ({
      currentLegalStatus: codeLabel('legal_status', ctx.ids.legalStatusCode),
      legalStatusItems: (v: unknown) => radioItems('legal_status', LEGAL_STATUS, v),
    }),
    save: async (ctx, data, form) => {
      await deps.lookedAfter.changeLegalStatus(form, ctx, data)
    },
  })
