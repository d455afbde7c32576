// `sightline export annex-a --as-at YYYY-MM-DD --out FILE.xlsx`: Ofsted Annex A lists 1–11.
import type { Command } from '../../../cli/commands.ts'
import { parseArgs, UsageError } from '../../../cli/io.ts'
import { loadConfig } from '../../../config.ts'
import { openDatabase } from '../../../db/database.ts'
import { systemClock } from '../../../platform/time/clock.ts'
import { isIsoDate } from '../../../platform/time/dates.ts'
import { writeWhole } from '../cin/export.ts'
import { annexAXlsx } from './export.ts'

export const exportAnnexACommand: Command = {
  summary: 'Write Ofsted Annex A lists 1–11 for the 6 months to a date as XLSX (export annex-a)',
  usage: 'sightline export annex-a --as-at YYYY-MM-DD --out FILE.xlsx',
  async run(args, io) {
    const { positionals, options } = parseArgs(args[0] === 'annex-a' ? args.slice(1) : args)
    if (positionals.length > 0) throw new UsageError(`Unexpected "${positionals[0]}".`)
    const asAt = options['as-at']
    if (typeof asAt !== 'string' || !isIsoDate(asAt)) throw new UsageError('Give the inspection date with --as-at YYYY-MM-DD (a real date).')
    const out = options.out
    if (typeof out !== 'string' || out.length === 0) throw new UsageError('Say where to write the workbook with --out FILE.xlsx.')
    const database = await openDatabase(loadConfig(io.env).database)
    try {
      const { xlsx, counts } = await annexAXlsx(database.db, systemClock, asAt)
      writeWhole(out, xlsx)
      io.out(`Wrote Annex A as at ${asAt} to ${out}: ${counts.map((n, i) => `list ${i + 1} ${n}`).join(', ')}.`)
      return 0
    } finally {
      await database.close()
    }
  },
}
