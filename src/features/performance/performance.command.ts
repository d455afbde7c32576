// `sightline scorecard` and `sightline indicators`: the scorecard as a file for meeting papers,
// and the indicator library as data.
import fs from 'node:fs'
import type { Command } from '../../cli/commands.ts'
import { parseArgs, UsageError } from '../../cli/io.ts'
import { loadConfig } from '../../config.ts'
import { openDatabase } from '../../db/database.ts'
import { createAuditService } from '../../platform/audit/audit.ts'
import { fixedClock, systemClock } from '../../platform/time/clock.ts'
import { isIsoDate } from '../../platform/time/dates.ts'
import { INDICATORS } from './indicators/library.ts'
import { asAtFor } from './performance-context.ts'
import { createPerformanceService } from './performance.service.ts'
import { findScorecard, SCORECARDS } from './scorecards/scorecard-definitions.ts'
import { EXPORT_FORMATS, exportScorecard, type ExportFormat } from './scorecards/exports.ts'

export const scorecardCommand: Command = {
  summary: 'Write a scorecard as at a date (json, csv, xlsx or pdf)',
  usage: `sightline scorecard --as-at YYYY-MM-DD --audience ${SCORECARDS.map((s) => s.id).join('|')} --format json|csv|xlsx|pdf --out FILE [--mode recorded|now]`,
  async run(args, io) {
    const { options } = parseArgs(args)
    const asAtDate = String(options['as-at'] ?? '')
    const audience = String(options.audience ?? '')
    const format = String(options.format ?? 'json') as ExportFormat
    const mode = String(options.mode ?? 'recorded')
    if (!isIsoDate(asAtDate)) throw new UsageError('--as-at must be a real date as YYYY-MM-DD')
    if (!findScorecard(audience))
      throw new UsageError(`--audience must be one of ${SCORECARDS.map((s) => s.id).join(', ')}`)
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError('--format must be json, csv, xlsx or pdf')
    if (mode !== 'recorded' && mode !== 'now') throw new UsageError('--mode must be recorded or now')
    if (typeof options.out !== 'string') throw new UsageError('--out FILE is required')
    const config = loadConfig(io.env)
    const database = await openDatabase(config.database)
    try {
      const clock = config.today ? fixedClock(config.today) : systemClock
      const service = createPerformanceService(database.db, clock, createAuditService(database.db, clock))
      const scorecard = await service.scorecard(audience, asAtFor(asAtDate, mode), {
        breakdowns: format === 'json',
      })
      fs.writeFileSync(options.out, await exportScorecard(scorecard, format))
      io.out(
        `Wrote ${scorecard.title} as at ${asAtDate} (${mode === 'recorded' ? 'as recorded at the time' : 'as now known'}) to ${options.out}`,
      )
      return 0
    } finally {
      await database.close()
    }
  },
}

export function indicatorLibrary() {
  return INDICATORS.map((i) => ({
    id: i.id,
    name: i.name,
    group: i.group,
    headlineRow: i.headlineRow ?? null,
    definition: i.definition,
    source: i.source,
    polarity: i.polarity,
    unit: i.unit,
    timing: i.timing,
    numeratorCohort: i.numeratorCohort,
    denominatorCohort: i.denominatorCohort,
    breakdowns: i.breakdowns,
    benchmark: i.benchmark ?? null,
  }))
}

export const indicatorsCommand: Command = {
  summary: 'List the indicator library (--json for the full declarations)',
  usage: 'sightline indicators [--json]',
  async run(args, io) {
    const { options } = parseArgs(args)
    const library = indicatorLibrary()
    if (options.json) io.out(JSON.stringify(library, null, 2))
    else for (const i of library) io.out(`${i.id.padEnd(34)} ${i.name}`)
    return 0
  },
}
