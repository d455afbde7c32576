// The one composition root: every repository and service is built here, and createApp
// receives the result. AppDeps is derived from this factory, never written by hand.
import type { Kysely } from 'kysely'
import type { Config } from './config.ts'
import type { DB } from './db/schema.ts'
import { createSignInService } from './features/sign-in/sign-in.service.ts'
import { createAuditService } from './platform/audit/audit.ts'
import type { Logger } from './platform/logger.ts'
import type { Clock } from './platform/time/clock.ts'

export function createServices(options: { db: Kysely<DB>; clock: Clock; config: Config; logger: Logger }) {
  const { db, clock, config, logger } = options
  return {
    db,
    clock,
    config,
    logger,
    signIn: createSignInService(db, clock),
    audit: createAuditService(db, clock),
  }
}

export type AppDeps = ReturnType<typeof createServices>
