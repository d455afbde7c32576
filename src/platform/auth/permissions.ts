// What each role may do, as data, and the middleware routes use to declare it. A route's
// permission is visible where the route is defined; which children's records a permitted
// person sees is decided separately, in the query (src/platform/access/child-access.ts).
import type { RequestHandler } from 'express'
import { forbidden } from '../errors.ts'
import type { Principal, Role } from './principal.ts'

export const PERMISSIONS = {
  /** Open a child's record (subject to the relationship and restriction rules in the query). */
  read_child_record: ['screener', 'social_worker', 'early_help_practitioner', 'team_manager', 'iro', 'personal_adviser'],
  /** Open a child outside one's relationships in an emergency, with a reason; audited and reported. */
  break_glass: ['screener', 'social_worker', 'early_help_practitioner', 'team_manager', 'iro', 'personal_adviser'],
  /** Restrict a child's record and give or take away named access to it. */
  manage_restrictions: ['team_manager'],
  /** "Who has viewed this child": managers, for children in their teams. */
  view_child_audit: ['team_manager'],
  /** Everyone may see their own access history. */
  view_own_access: [
    'screener', 'social_worker', 'early_help_practitioner', 'team_manager', 'iro', 'personal_adviser',
    'performance_analyst', 'senior_leader', 'elected_member', 'administrator',
  ],
  /** Refused and break-glass access: managers for their teams' staff, senior leaders for everyone. */
  view_access_exceptions: ['team_manager', 'senior_leader'],
  /** Subject access export of everything held about a child the person can see. */
  export_subject_access: ['team_manager'],
  /** Retention dates and records due for review (ids and dates only, no case detail). */
  review_retention: ['senior_leader', 'administrator'],
  /** Accounts, roles and sign-in locks; no case data. */
  manage_accounts: ['administrator'],
  /** Aggregate figures; elected members only ever get these, with small numbers suppressed. */
  view_aggregates: ['team_manager', 'performance_analyst', 'senior_leader', 'elected_member'],
  /** Which records break the statutory returns' rules, by rule and team (children listed as a drill-down). */
  view_data_quality: ['team_manager', 'performance_analyst', 'senior_leader'],
  /** Child-level rows behind a return or dashboard figure (audited as drill-down). */
  drill_down: ['team_manager', 'performance_analyst', 'senior_leader'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function can(principal: Principal, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(principal.role)
}

/** Declares the permission a route needs. Put it on the route line so review can see it. */
export function requirePermission(permission: Permission): RequestHandler {
  return (_req, res, next) => {
    const principal = res.locals.principal as Principal | undefined
    if (principal && can(principal, permission)) return next()
    next(forbidden())
  }
}

/** For the rare route that is about one role rather than a capability. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const principal = res.locals.principal as Principal | undefined
    if (principal && roles.includes(principal.role)) return next()
    next(forbidden())
  }
}
