// `sightline export cin --year YYYY --out FILE.xml [--la NNN]`: the CIN census for a year.
import type { Command } from '../../../cli/commands.ts'
import { parseArgs, UsageError } from '../../../cli/io.ts'
import { loadConfig } from '../../../config.ts'
import { openDatabase } from '../../../db/database.ts'
import { systemClock } from '../../../platform/time/clock.ts'
import { LA_NUMBERS } from './codes.ts'
import { cinCensusXml, writeWhole } from './export.ts'
import { parseYear } from './validate.command.ts'

/** Middlesbrough (806), the authority whose public data the demo is modelled on, unless told otherwise. */
const DEFAULT_LA = '806'

export const exportCinCommand: Command = {
  summary: 'Write the CIN census XML for a collection year (export cin)',
  usage: 'sightline export cin --year YYYY --out FILE.xml [--la NNN]',
  async run(args, io) {
    const { positionals, options } = parseArgs(args[0] === 'cin' ? args.slice(1) : args)
    if (positionals.length > 0) throw new UsageError(`Unexpected "${positionals[0]}".`)
    const year = parseYear(options.year)
    const out = options.out
    if (typeof out !== 'string' || out.length === 0) throw new UsageError('Say where to write the census with --out FILE.xml.')
    const la = typeof options.la === 'string' ? options.la : (io.env.SIGHTLINE_LA_NUMBER ?? DEFAULT_LA)
    if (!LA_NUMBERS.includes(la)) throw new UsageError(`"${la}" is not a DfE three-digit LA number.`)
    const database = await openDatabase(loadConfig(io.env).database)
    try {
      const { xml, children } = await cinCensusXml(database.db, systemClock, { year, la })
      writeWhole(out, xml)
      io.out(`Wrote the CIN census for ${year - 1}/${String(year).slice(2)} (${children} children) to ${out}.`)
      return 0
    } finally {
      await database.close()
    }
  },
}
