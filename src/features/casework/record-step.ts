// Opening a step of the child's record for recording: access (audited), then the workflow guard.
// A step whose prerequisites are missing answers 409 with a page saying what it waits for, never a
// half-made record.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Role } from '../../platform/auth/principal.ts'
import { forbidden } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { blockedStep } from './blocked-step.ts'
import type { CaseAccess, SeenChildId } from './case-access.ts'
import { readCaseState, type CaseRecordIds } from './case-state.repository.ts'
import { childHeader, type ChildHeader } from './child-header.ts'
import type { FormContext } from './form-page.ts'
import { availableSteps, guardStep, RECORD_STEPS, stepsByJourney, type CaseState, type RecordStepId } from './workflow.ts'

export interface StepContext {
  childId: SeenChildId
  child: ChildHeader
  state: CaseState
  ids: CaseRecordIds
  today: IsoDate
  step: RecordStepId
  stepLabel: string
  /** The role of the user recording, so a page can offer only the steps they may take next. */
  role: Role
}

export function createRecordSteps(db: Kysely<DB>, clock: Clock, access: CaseAccess) {
  return {
    async open(form: FormContext, childId: number, step: RecordStepId): Promise<StepContext> {
      const seen = await access.openChild({ principal: form.principal, childId, requestId: form.requestId, action: 'view', recordType: step })
      const today = clock.today()
      const [child, { state, ids }] = await Promise.all([childHeader(db, seen, today), readCaseState(db, seen, today)])
      const guard = guardStep(step, state, form.principal.role)
      if (!guard.ok) throw guard.reason === 'role' ? forbidden(guard.message) : blockedStep(seen, step, guard.message)
      return { childId: seen, child, state, ids, today, step, stepLabel: RECORD_STEPS[step].label, role: form.principal.role }
    },
    async menu(form: FormContext, childId: number) {
      const seen = await access.openChild({ principal: form.principal, childId, requestId: form.requestId, action: 'view', recordType: 'record_menu' })
      const today = clock.today()
      const [child, { state }] = await Promise.all([childHeader(db, seen, today), readCaseState(db, seen, today)])
      // Grouped by journey for the "Record something" page: only journeys with a step on offer.
      const groups = stepsByJourney(availableSteps(state, form.principal.role)).map(({ journey, steps }) => ({
        journey,
        steps: steps.map((id) => ({ id, label: RECORD_STEPS[id].label })),
      }))
      return { child, groups }
    },
  }
}

export type RecordSteps = ReturnType<typeof createRecordSteps>
