import type { AppDeps } from '../../../../services.ts'
import { codeItems } from '../../../casework/codes.ts'
import type { StepContext } from '../../../casework/record-step.ts'
import { stepPage } from '../../../casework/step-page.ts'
import { guardStep } from '../../../casework/workflow.ts'
import { cannotCloseYet, closureBlockers } from '../../closure-blockers.ts'
import { closeCaseSchema } from './schema.ts'

/** The latest thing the closure follows: the referral, the plan's start or its last review. */
function earliestClosure(ctx: StepContext) {
  if (ctx.ids.cinLastReviewDate) return { notBefore: ctx.ids.cinLastReviewDate, notBeforeLabel: 'the last child in need plan review' }
  if (ctx.ids.cinPlanStartDate) return { notBefore: ctx.ids.cinPlanStartDate, notBeforeLabel: 'the start of the child in need plan' }
  return { notBefore: ctx.ids.referralDate ?? ctx.today, notBeforeLabel: 'the referral date' }
}

export const closeCaseController = (deps: AppDeps) =>
  stepPage(deps, {
    step: 'close-case',
    view: 'features/case-closure/pages/close-case/view.njk',
    schema: (ctx) => closeCaseSchema({ today: ctx.today, ...earliestClosure(ctx) }),
    extra: (ctx) => {
      // Say what to end first rather than offer a form that cannot be saved.
      const blockers = closureBlockers(ctx.state)
      if (blockers.length > 0) throw cannotCloseYet(ctx.childId, blockers, (step) => guardStep(step, ctx.state, ctx.role).ok)
      return { reasonItems: (selected: string) => codeItems('cin_closure_reason', selected) }
    },
    save: async (ctx, data, form) => {
      await deps.caseClosure.closeCase(form, ctx, data)
    },
  })
