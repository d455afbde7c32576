// The services of the access, audit and data-protection features, built together so the
// composition root adds them in one line and they share one child guard.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { createChildGuard } from '../../platform/access/child-guard.ts'
import { createAuditService } from '../../platform/audit/audit.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { createAuditReports } from '../audit/audit-reports.service.ts'
import { createRetention } from '../data-protection/retention.service.ts'
import { createSubjectAccess } from '../data-protection/subject-access.service.ts'
import { createBreakGlass } from './break-glass.service.ts'
import { createRestrictions } from './restrictions.service.ts'

export function createAccessServices(db: Kysely<DB>, clock: Clock) {
  const audit = createAuditService(db, clock)
  const childGuard = createChildGuard(db, audit, clock)
  return {
    childGuard,
    auditReports: createAuditReports(db, childGuard),
    breakGlass: createBreakGlass(db, audit, clock),
    restrictions: createRestrictions(db, audit, childGuard, clock),
    subjectAccess: createSubjectAccess(db, audit, childGuard, clock),
    retention: createRetention(db, audit, clock),
  }
}
