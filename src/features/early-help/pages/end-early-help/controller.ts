import type { AppDeps } from '../../../../services.ts'
import type { StepContext } from '../../../casework/record-step.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { radioItems } from '../../../casework/radio-items.ts'
import { EARLY_HELP_END_LABELS, EARLY_HELP_END_REASONS } from '../../early-help.ts'
import { endEarlyHelpSchema } from './schema.ts'

const follows = (ctx: StepContext) => {
  if (ctx.ids.earlyHelpLastReviewDate) return { notBefore: ctx.ids.earlyHelpLastReviewDate, notBeforeLabel: 'the date of the last early help review' }
  if (ctx.ids.earlyHelpPlanDate) return { notBefore: ctx.ids.earlyHelpPlanDate, notBeforeLabel: 'the date the family plan was agreed' }
  return { notBefore: ctx.ids.earlyHelpStartDate ?? ctx.today, notBeforeLabel: 'the start of the early help episode' }
}

export const endEarlyHelpController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'end-early-help',
    view: 'features/early-help/pages/end-early-help/view.njk',
    schema: (ctx) => endEarlyHelpSchema({ today: ctx.today, ...follows(ctx) }),
    extra: () => ({ reasonItems: (selected: string) => radioItems(EARLY_HELP_END_REASONS, EARLY_HELP_END_LABELS, selected) }),
    save: async (ctx, data, form) => {
      await deps.earlyHelp.endEpisode(form, ctx, data)
    },
  })
