// The app for the browser suite: a fresh PGlite (cloned from the migrated template), a small
// authority from the casework fixtures, and a fixed clock. The simulator's seedAuthority builds a
// Middlesbrough-sized authority; it is used by the benchmark, where its minutes of seeding are paid once.
import type { AddressInfo } from 'node:net'
import { createApp } from '../../../src/app.ts'
import { loadConfig } from '../../../src/config.ts'
import type { Database } from '../../../src/db/database.ts'
import { createLogger } from '../../../src/platform/logger.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { ensureDemoAccounts } from '../../../src/features/sign-in/demo-accounts.ts'
import { seedAuthority } from '../../../src/features/simulator/index.ts'
import { createServices, type AppDeps } from '../../../src/services.ts'
import { buildAuthority, type Authority } from '../../support/casework-fixtures.ts'
import { openTestDatabase } from '../../support/test-database.ts'

export const E2E_TODAY = '2026-11-23'

export interface E2eApp {
  baseUrl: string
  database: Database
  deps: AppDeps
  authority: Authority
  close(): Promise<void>
}

export async function startE2eApp(options: { demo?: boolean } = {}): Promise<E2eApp> {
  const database = await openTestDatabase()
  // The demo authority is the simulator's, at a tenth of its size so the suite seeds it in seconds;
  // the demo people and their caseloads are the same at any scale.
  if (options.demo) {
    await seedAuthority(database.db, { scale: 0.1, seed: 1, today: E2E_TODAY })
    await ensureDemoAccounts(database.db)
  }
  const authority = await buildAuthority(database.db, options.demo ? { usernamePrefix: 'fixture.' } : {})
  const config = { ...loadConfig({}), demo: true, logLevel: 'silent' as const }
  const deps = createServices({ db: database.db, clock: fixedClock(E2E_TODAY), config, logger: createLogger('silent') })
  const server = createApp(deps).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    database,
    deps,
    authority,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await database.close()
    },
  }
}
