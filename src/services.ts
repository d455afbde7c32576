// The one composition root: every repository and service is built here, and createApp
// receives the result. AppDeps is derived from this factory, never written by hand.
import type { Kysely } from 'kysely'
import type { Config } from './config.ts'
import type { DB } from './db/schema.ts'
import { createSignInService } from './features/sign-in/sign-in.service.ts'
import { createAccessServices } from './features/access/access-services.ts'
import { createOidcSignIn } from './features/sign-in/oidc-sign-in.service.ts'
import { createOidcClient } from './platform/auth/oidc-client.ts'
import { createCasework } from './features/casework/casework.ts'
import { createAuditService } from './platform/audit/audit.ts'
import { createPerformanceService } from './features/performance/performance.service.ts'
import { createChildInNeedService } from './features/child-in-need/child-in-need.service.ts'
import { createCaseClosureService } from './features/case-closure/case-closure.service.ts'
import { createEarlyHelpService } from './features/early-help/early-help.service.ts'
import { createLeavingCareService } from './features/leaving-care/leaving-care.service.ts'
import { createCourtService } from './features/court/court.service.ts'
import type { Logger } from './platform/logger.ts'
import type { Clock } from './platform/time/clock.ts'

export function createServices(options: { db: Kysely<DB>; clock: Clock; config: Config; logger: Logger }) {
  const { db, clock, config, logger } = options
  return {
    db,
    clock,
    config,
    logger,
    signIn: createSignInService(db, clock, createAuditService(db, clock)),
    oidcSignIn: config.oidc ? createOidcSignIn(db, clock, createAuditService(db, clock), createOidcClient(config.oidc)) : undefined,
    audit: createAuditService(db, clock),
    performance: createPerformanceService(db, clock, createAuditService(db, clock)),
    ...createAccessServices(db, clock),
    ...createCasework(db, clock, createAuditService(db, clock)),
    childInNeed: createChildInNeedService(db, createAuditService(db, clock)),
    caseClosure: createCaseClosureService(db, createAuditService(db, clock)),
    earlyHelp: createEarlyHelpService(db, createAuditService(db, clock)),
    leavingCare: createLeavingCareService(db, createAuditService(db, clock)),
    court: createCourtService(db, createAuditService(db, clock)),
  }
}

export type AppDeps = ReturnType<typeof createServices>
