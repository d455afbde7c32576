// `sightline seed`: fills an empty database with the synthetic authority.
import fs from 'node:fs'
import { UsageError, parseArgs, type CommandIo } from '../../cli/io.ts'
import { loadConfig } from '../../config.ts'
import { openDatabase } from '../../db/database.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { isIsoDate, londonDate } from '../../platform/time/dates.ts'
import { syncReferenceData } from '../reference/sync.ts'
import { calibrationReport } from './calibration.ts'
import { seedAuthority } from './index.ts'

export const seedCommand = {
  summary: 'Fill an empty database with the synthetic authority (demo, tests, benchmarks)',
  usage: 'sightline seed [--scale N] [--seed S] [--today YYYY-MM-DD] [--json] [--inject-errors RATE --manifest FILE]',
  async run(args: string[], io: CommandIo): Promise<number> {
    const { positionals, options } = parseArgs(args)
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`)
    const known = new Set(['scale', 'seed', 'today', 'json', 'inject-errors', 'manifest'])
    for (const name of Object.keys(options)) if (!known.has(name)) throw new UsageError(`Unknown option --${name}.`)
    const scale = numberOption(options.scale, 'scale', 1)
    const seed = numberOption(options.seed, 'seed', 1)
    if (!(scale > 0) || !Number.isInteger(seed) || seed < 0) throw new UsageError('--scale must be above 0 and --seed a whole number.')
    const today = stringOption(options.today, 'today') ?? io.env.SIGHTLINE_TODAY ?? londonDate(new Date())
    if (!isIsoDate(today)) throw new UsageError(`--today must be a date as YYYY-MM-DD (got "${today}").`)
    const rate = options['inject-errors'] === undefined ? undefined : numberOption(options['inject-errors'], 'inject-errors', 0)
    const manifest = stringOption(options.manifest, 'manifest')
    if (rate !== undefined && (!(rate > 0 && rate <= 1) || !manifest)) throw new UsageError('--inject-errors needs a rate between 0 and 1 and --manifest FILE.')
    if (manifest && rate === undefined) throw new UsageError('--manifest is only used with --inject-errors.')

    const database = await openDatabase(loadConfig(io.env).database)
    try {
      await migrateToLatest(database.db as never)
      await syncReferenceData(database.db)
      let shown = -1
      const report = await seedAuthority(database.db, {
        scale,
        seed,
        today,
        ...(rate !== undefined ? { injectErrors: rate } : {}),
        onProgress: (done, total, stage) => {
          // A line every 5% for large seeds; stderr, so --json output stays clean.
          const percent = Math.floor((done / total) * 20) * 5
          if (scale >= 2 && percent > shown) {
            shown = percent
            io.err(`Seeding ${percent}% (${stage})`)
          }
        },
      })
      if (manifest) fs.writeFileSync(manifest, `${JSON.stringify(report.manifest, null, 2)}\n`)
      const total = Object.values(report.rows).reduce((a, b) => a + b, 0)
      io.err(`Seeded scale ${scale} (seed ${seed}) to ${today}: ${total.toLocaleString('en-GB')} rows in ${report.seconds} s; ${report.corrections} later corrections${manifest ? `; ${report.manifest.length} injected errors listed in ${manifest}` : ''}.`)
      if (options.json === true) io.out(JSON.stringify(await calibrationReport(database.db, today, { scale }), null, 2))
      return 0
    } finally {
      await database.close()
    }
  },
}

function numberOption(value: string | true | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (value === true || !Number.isFinite(number)) throw new UsageError(`--${name} needs a number.`)
  return number
}

function stringOption(value: string | true | undefined, name: string): string | undefined {
  if (value === true) throw new UsageError(`--${name} needs a value.`)
  return value
}
