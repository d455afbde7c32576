// `sightline data-quality`: runs the returns' validation rules over the record now (the server also
// runs them once a day). Prints how many findings there were.
import { UsageError, parseArgs, type CommandIo } from '../../cli/io.ts'
import { loadConfig } from '../../config.ts'
import { openDatabase } from '../../db/database.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { fixedClock, systemClock } from '../../platform/time/clock.ts'
import { runDataQualityCheck } from './check.ts'

export const dataQualityCommand = {
  summary: 'Check the record against the SSDA903 and CIN census rules now, for the data-quality pages',
  usage: 'sightline data-quality',
  async run(args: string[], io: CommandIo): Promise<number> {
    const { positionals, options } = parseArgs(args)
    if (positionals.length > 0 || Object.keys(options).length > 0) throw new UsageError('sightline data-quality takes no arguments.')
    const config = loadConfig(io.env)
    const database = await openDatabase(config.database)
    try {
      await migrateToLatest(database.db as never)
      const clock = config.today ? fixedClock(config.today) : systemClock
      const result = await runDataQualityCheck(database.db, clock)
      io.out(`Checked the ${result.yearEnding - 1} to ${result.yearEnding} returns: ${result.findings} findings.`)
      return 0
    } finally {
      await database.close()
    }
  },
}
