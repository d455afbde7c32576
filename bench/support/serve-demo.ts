// The app on an already-seeded bench database, in its own process so the load generator does not
// share its event loop. Prints "listening <port>" once ready.
//   node --import tsx bench/support/serve-demo.ts postgres <url> | pglite <dataDir>
import type { AddressInfo } from 'node:net'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { openDatabase } from '../../src/db/database.ts'
import { createLogger } from '../../src/platform/logger.ts'
import { fixedClock } from '../../src/platform/time/clock.ts'
import { createServices } from '../../src/services.ts'

const [engine, where, today] = process.argv.slice(2) as [string, string, string]
const database =
  engine === 'pglite' ? await openDatabase({ kind: 'pglite', dataDir: where }) : await openDatabase({ kind: 'postgres', connectionString: where, poolSize: 20 })
const config = { ...loadConfig({}), demo: true, logLevel: 'silent' as const }
const deps = createServices({ db: database.db, clock: fixedClock(today), config, logger: createLogger('silent') })
const server = createApp(deps).listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`)
})
process.once('SIGTERM', () => {
  server.close(() => void database.close().then(() => process.exit(0)))
})
