import { loadConfig } from '../config.ts'
import { openDatabase } from '../db/database.ts'
import { migrateToLatest } from '../db/migrate.ts'
import { syncReferenceData } from '../features/reference/sync.ts'
import type { Command } from './commands.ts'

export const migrateCommand: Command = {
  summary: 'Bring the database schema and reference data up to date',
  usage: 'sightline migrate',
  async run(_args, io) {
    const database = await openDatabase(loadConfig(io.env).database)
    try {
      const report = await migrateToLatest(database.db as never)
      await syncReferenceData(database.db)
      io.out(`Applied ${report.applied.length} of ${report.total} migrations; reference data loaded.`)
      return 0
    } finally {
      await database.close()
    }
  },
}
