// `npm start`: migrate, load reference data, seed the demo authority if the database is empty,
// then serve. Time from start to the first page is logged.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Kysely } from 'kysely'
import { createApp } from './app.ts'
import type { CommandIo } from './cli/io.ts'
import type { Config } from './config.ts'
import { openDatabase } from './db/database.ts'
import { migrateToLatest } from './db/migrate.ts'
import type { DB } from './db/schema.ts'
import { runDataQualityCheck } from './features/data-quality/check.ts'
import { hasRunToday } from './features/data-quality/data-quality.service.ts'
import { syncReferenceData } from './features/reference/sync.ts'
import { ensureDemoAccounts } from './features/sign-in/demo-accounts.ts'
import { createLogger, type Logger } from './platform/logger.ts'
import { fixedClock, systemClock, type Clock } from './platform/time/clock.ts'
import { createServices } from './services.ts'

export async function startServer(config: Config, io: CommandIo): Promise<Server> {
  const started = Date.now()
  const logger = createLogger(config.logLevel)
  const database = await openDatabase(config.database)
  const clock = config.today ? fixedClock(config.today) : systemClock
  try {
    const migrations = await migrateToLatest(database.db as never)
    await syncReferenceData(database.db)
    logger.info('Database ready', { engine: database.kind, migrationsApplied: migrations.applied.length })
    if (config.demo) await seedDemoIfEmpty(database.db, clock.today(), io)
  } catch (error) {
    await database.close()
    throw error
  }

  const app = createApp(createServices({ db: database.db, clock, config, logger }))
  const server = app.listen(config.port)
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
  io.out(`Sightline is running at http://localhost:${(server.address() as AddressInfo).port} (${database.kind}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`)

  const checks = scheduleDataQualityChecks(database.db, clock, logger)
  const shutdown = () => {
    clearInterval(checks)
    server.close()
    void database.close().then(() => process.exit(0))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
  return server
}

/**
 * The returns' rules run over the record once a day (issue 6: "checks the DfE rules every day"): an
 * hourly look for a day without a check, the first a minute after start so it never delays it.
 */
function scheduleDataQualityChecks(db: Kysely<DB>, clock: Clock, logger: Logger): NodeJS.Timeout {
  let running = false
  const check = async () => {
    if (running || (await hasRunToday(db, clock.today()))) return
    running = true
    try {
      const result = await runDataQualityCheck(db, clock)
      logger.info('Data-quality check done', { findings: result.findings, yearEnding: result.yearEnding })
    } finally {
      running = false
    }
  }
  const safely = () => void check().catch((error: unknown) => logger.error('Data-quality check failed', { error: error instanceof Error ? error.message : String(error) }))
  setTimeout(safely, 60_000).unref()
  return setInterval(safely, 60 * 60_000).unref()
}

async function seedDemoIfEmpty(db: Kysely<DB>, today: string, io: CommandIo): Promise<void> {
  const any = await db.selectFrom('child').select('id').limit(1).executeTakeFirst()
  if (!any) {
    io.out('Empty database: seeding the demo authority (synthetic data)…')
    const { seedAuthority } = await import('./features/simulator/index.ts')
    const started = Date.now()
    await seedAuthority(db, { scale: 1, seed: 1, today })
    io.out(`Demo authority seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  }
  await ensureDemoAccounts(db)
}
