// Routes declare the roles that may use them, so the rule is visible where the route is.
import type { RequestHandler } from 'express'
import { principalOf } from '../../platform/auth/authenticate.ts'
import type { Role } from '../../platform/auth/principal.ts'
import { forbidden } from '../../platform/errors.ts'

export function requireRole(...roles: Role[]): RequestHandler {
  const allowed = new Set(roles)
  return (_req, res, next) => {
    if (allowed.has(principalOf(res).role)) return next()
    next(forbidden())
  }
}

/** Practitioners who hold and record casework. */
export const CASE_HOLDERS: Role[] = ['social_worker', 'team_manager', 'early_help_practitioner', 'personal_adviser', 'iro']
