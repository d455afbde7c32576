// Reads of the audit trail for the audit pages. Rows only; the service shapes them.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'

export const PAGE_LIMIT = 200

function events(db: Kysely<DB>) {
  return db
    .selectFrom('audit_event')
    .leftJoin('app_user', 'app_user.id', 'audit_event.user_id')
    .select([
      'audit_event.id',
      'audit_event.at',
      'audit_event.username',
      'app_user.display_name',
      'audit_event.role',
      'audit_event.action',
      'audit_event.record_type',
      'audit_event.record_id',
      'audit_event.child_id',
      'audit_event.outcome',
      'audit_event.reason',
      'audit_event.request_id',
    ])
    .orderBy('audit_event.id', 'desc')
    .limit(PAGE_LIMIT)
}

export type AuditRow = Awaited<ReturnType<ReturnType<typeof events>['execute']>>[number]

export function eventsForChild(db: Kysely<DB>, childId: number) {
  return events(db).where('audit_event.child_id', '=', childId).execute()
}

export function eventsByUser(db: Kysely<DB>, userId: number) {
  return events(db).where('audit_event.user_id', '=', userId).execute()
}

/** Refused reads and break-glass, for everyone or for the accounts of the given workers' teams. */
export function exceptionEvents(db: Kysely<DB>, scope: { all: true } | { teamIds: number[]; managerWorkerId: number | null }) {
  const query = events(db).where((eb) => eb.or([eb('audit_event.outcome', '=', 'refused'), eb('audit_event.action', '=', 'break_glass')]))
  if ('all' in scope) return query.execute()
  const teamIds = scope.teamIds.length > 0 ? scope.teamIds : [-1]
  const staff = db
    .selectFrom('app_user')
    .innerJoin('worker', 'worker.id', 'app_user.worker_id')
    .select('app_user.id')
    .where((eb) => eb.or([eb('worker.team_id', 'in', teamIds), eb('worker.manager_id', '=', scope.managerWorkerId ?? -1)]))
  return query.where('audit_event.user_id', 'in', staff).execute()
}
