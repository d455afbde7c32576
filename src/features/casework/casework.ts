// Builds the casework services for the composition root (src/services.ts spreads this in).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { englandAndWalesCalendar } from '../../platform/time/working-days.ts'
import { createChildRecordService } from '../child-record/child-record.service.ts'
import { createCorrectionsService } from '../corrections/corrections.service.ts'
import { createAllocationService } from '../my-work/allocation.service.ts'
import { createMyWorkService } from '../my-work/my-work.service.ts'
import { createFrontDoorService } from '../front-door/front-door.service.ts'
import { createProtectionService } from '../child-protection/protection.service.ts'
import { createLookedAfterService } from '../looked-after/looked-after.service.ts'
import { createCaseAccess } from './case-access.ts'
import { createRecordSteps } from './record-step.ts'
import { createDueWork } from './due-work.ts'
import { createDraftStore } from '../drafts/drafts.service.ts'

export function createCasework(db: Kysely<DB>, clock: Clock, audit: AuditService) {
  const calendar = englandAndWalesCalendar
  const caseAccess = createCaseAccess(db, audit, clock)
  const dueWork = createDueWork(db, clock, calendar)
  return {
    calendar,
    caseAccess,
    dueWork,
    drafts: createDraftStore(db, clock),
    childRecord: createChildRecordService(db, clock, caseAccess, dueWork),
    corrections: createCorrectionsService(db, clock, caseAccess, audit),
    myWork: createMyWorkService(db, clock, dueWork),
    allocation: createAllocationService(db, clock, caseAccess, audit),
    frontDoor: createFrontDoorService(db, clock, audit, dueWork),
    recordSteps: createRecordSteps(db, clock, caseAccess),
    protection: createProtectionService(db, audit, calendar),
    lookedAfter: createLookedAfterService(db, audit, caseAccess, clock),
  }
}
