// What must end before a case can close. A case (the CIN episode that began at the referral) cannot
// close while the child is on a child protection plan or looked after: the census would show a
// closed episode with an open plan or period of care. The page says what to end first.
import type { CaseState } from '../casework/workflow.ts'

export function closureBlockers(state: Pick<CaseState, 'openCpPlan' | 'openPeriodOfCare'>): string[] {
  const blockers: string[] = []
  if (state.openCpPlan) blockers.push('End the child protection plan first, at a review conference that decides the plan stops.')
  if (state.openPeriodOfCare) blockers.push('End the period of care first: the child is still looked after.')
  return blockers
}
