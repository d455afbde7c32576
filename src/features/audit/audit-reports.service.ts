// The three audit pages: who has viewed a child (managers), a person's own access history, and
// refused and break-glass access (managers for their staff, senior leaders for everyone).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { ChildGuard } from '../../platform/access/child-guard.ts'
import { ROLE_LABELS, type Principal, type Role } from '../../platform/auth/principal.ts'
import { eventsByUser, eventsForChild, exceptionEvents, type AuditRow } from './audit.repository.ts'

export interface AuditLine {
  id: number
  at: Date
  person: string
  roleLabel: string
  action: string
  recordType: string
  recordId: string | null
  childId: number | null
  outcome: 'allowed' | 'refused'
  reason: string | null
  requestId: string | null
}

const ACTION_LABELS: Record<string, string> = {
  view: 'Viewed',
  search: 'Searched',
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  export: 'Exported',
  break_glass: 'Emergency access',
  sign_in: 'Signed in',
  drill_down: 'Drill-down',
}

function toLine(row: AuditRow): AuditLine {
  return {
    id: Number(row.id),
    at: row.at,
    person: row.display_name ?? row.username,
    roleLabel: row.role && row.role in ROLE_LABELS ? ROLE_LABELS[row.role as Role] : (row.role ?? 'System'),
    action: ACTION_LABELS[row.action] ?? row.action,
    recordType: row.record_type.replaceAll('_', ' '),
    recordId: row.record_id,
    childId: row.child_id,
    outcome: row.outcome === 'refused' ? 'refused' : 'allowed',
    reason: row.reason,
    requestId: row.request_id,
  }
}

export function createAuditReports(db: Kysely<DB>, guard: ChildGuard) {
  return {
    /** Opening this page is itself a read of the child's record, so it goes through the guard and is audited. */
    async whoViewedChild(principal: Principal, rawChildId: string, requestId: string | null) {
      const childId = await guard.open({ principal, childId: rawChildId, requestId, action: 'view', recordType: 'child_audit' })
      return { childId, lines: (await eventsForChild(db, childId)).map(toLine) }
    },
    async ownAccess(principal: Principal): Promise<AuditLine[]> {
      return (await eventsByUser(db, principal.userId)).map(toLine)
    },
    async accessExceptions(principal: Principal): Promise<AuditLine[]> {
      const scope = principal.role === 'senior_leader' ? ({ all: true } as const) : { teamIds: principal.teamIds, managerWorkerId: principal.workerId }
      return (await exceptionEvents(db, scope)).map(toLine)
    },
  }
}

export type AuditReports = ReturnType<typeof createAuditReports>
