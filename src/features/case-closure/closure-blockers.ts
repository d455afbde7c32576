// What must end before a case can close. A case (the CIN episode that began at the referral) cannot
// close while the child is on a child protection plan or looked after: the census would show a
// closed episode with an open plan or period of care. The page says what to end first, and links
// to the step that ends it when the workflow offers that step to the user.
import { conflict, type AppError } from '../../platform/errors.ts'
import { urls } from '../casework/urls.ts'
import { RECORD_STEPS, type CaseState, type RecordStepId } from '../casework/workflow.ts'

export interface ClosureBlocker {
  text: string
  /** The step that ends what blocks the closure. */
  endedBy: RecordStepId
}

export const CANNOT_CLOSE_TITLE = 'You cannot close this case yet'

export function closureBlockers(state: Pick<CaseState, 'openCpPlan' | 'openPeriodOfCare'>): ClosureBlocker[] {
  const blockers: ClosureBlocker[] = []
  if (state.openCpPlan) blockers.push({ text: 'End the child protection plan first, at a review conference that decides the plan stops.', endedBy: 'cp-review' })
  if (state.openPeriodOfCare) blockers.push({ text: 'End the period of care first: the child is still looked after.', endedBy: 'leave-care' })
  return blockers
}

/**
 * The conflict shown instead of the closure form: its own title, each blocker with a link to the
 * step that ends it when `offered(step)` (the workflow lets this user take it now), and the way back.
 */
export function cannotCloseYet(childId: number, blockers: readonly ClosureBlocker[], offered: (step: RecordStepId) => boolean): AppError {
  return conflict(`The case cannot close yet. ${blockers.map((b) => b.text).join(' ')}`, {
    title: CANNOT_CLOSE_TITLE,
    reasons: blockers.map((b) => ({
      text: b.text,
      ...(offered(b.endedBy) ? { action: { href: urls.record(childId, b.endedBy), text: RECORD_STEPS[b.endedBy].label } } : {}),
    })),
    back: { href: urls.child(childId), text: 'Go back to the child’s record' },
  })
}
