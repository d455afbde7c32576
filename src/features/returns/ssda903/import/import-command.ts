// sightline import 903 DIR... [--year YYYY] [--dry-run]
// Each folder holds one collection year's 903 CSV files and is named after that year ("2025",
// "2024-25", "903_2024_2025"); --year names it instead when there is one folder. Exit 0 when the
// history was imported, 1 when the files have problems (nothing is changed), 2 when misused.
// --dry-run checks everything, the record included, and then changes nothing.
import fs from 'node:fs/promises'
import type { Command } from '../../../../cli/commands.ts'
import { UsageError, parseArgs, type CommandIo } from '../../../../cli/io.ts'
import { loadConfig } from '../../../../config.ts'
import { openDatabase } from '../../../../db/database.ts'
import { createAuditService } from '../../../../platform/audit/audit.ts'
import { systemClock } from '../../../../platform/time/clock.ts'
import { Import903Error, MAX_PROBLEMS, describeProblem } from './import-error.ts'
import { import903, type ImportSummary, type YearDirectory } from './import-903.ts'
import { yearLabel, yearOfFolder } from './read-folder.ts'

const USAGE = 'sightline import 903 DIR... [--year YYYY] [--dry-run]'
const FIRST_YEAR = 2000
const LAST_YEAR = 2027

export const import903Command: Command = {
  summary: 'Import past SSDA903 returns (one folder of DfE CSV files per year) into the record',
  usage: USAGE,
  async run(args: string[], io: CommandIo): Promise<number> {
    let directories: YearDirectory[]
    let dryRun: boolean
    try {
      ;({ directories, dryRun } = await readArguments(args))
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      io.err(`${error.message}\nUsage: ${USAGE}`)
      return 2
    }
    const database = await openDatabase(loadConfig(io.env).database)
    try {
      const audit = createAuditService(database.db, systemClock)
      const summary = await import903(database.db, audit, directories, { dryRun })
      printSummary(io, summary)
      return 0
    } catch (error) {
      if (!(error instanceof Import903Error)) throw error
      for (const problem of error.problems) io.err(describeProblem(problem))
      const more = error.problems.length >= MAX_PROBLEMS ? ' (the first ones found; there may be more)' : ''
      io.err(
        `Nothing was ${dryRun ? 'checked further' : 'imported'}: ${error.problems.length} ${error.problems.length === 1 ? 'problem' : 'problems'} in the files${more}.`,
      )
      return 1
    } finally {
      await database.close()
    }
  },
}

async function readArguments(args: string[]): Promise<{ directories: YearDirectory[]; dryRun: boolean }> {
  const { positionals, options } = parseArgs(args)
  // `--dry-run DIR` reads DIR as the flag's value: it is a folder like the others.
  const trial = options['dry-run']
  const rest = typeof trial === 'string' ? [...positionals, trial] : positionals
  const unknown = Object.keys(options).filter((name) => name !== 'year' && name !== 'dry-run')
  if (unknown.length > 0) throw new UsageError(`Unknown option --${unknown[0]}.`)
  if (rest.length === 0) throw new UsageError('Give at least one folder of 903 CSV files.')
  if (options.year !== undefined && rest.length !== 1)
    throw new UsageError(
      '--year is for one folder; with several, name each folder after its year (e.g. 2024-25).',
    )
  const directories: YearDirectory[] = []
  for (const directory of rest) {
    const stat = await fs.stat(directory).catch(() => null)
    if (!stat?.isDirectory()) throw new UsageError(`${directory} is not a folder.`)
    const year = options.year === undefined ? yearOfFolder(directory) : Number(options.year)
    if (year === null)
      throw new UsageError(
        `Cannot tell which year ${directory} holds: name the folder after its collection year (e.g. 2024-25 or 2025).`,
      )
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new UsageError(
        `${directory}: the year must be the one the collection ends, from ${FIRST_YEAR} to ${LAST_YEAR} (2025 is 2024/25).`,
      )
    }
    directories.push({ directory, year })
  }
  return { directories, dryRun: trial !== undefined }
}

function printSummary(io: CommandIo, summary: ImportSummary): void {
  const years = summary.years.map(yearLabel).join(', ')
  io.out(
    summary.dryRun
      ? `The 903 returns for ${years} can be imported (dry run: nothing was changed):`
      : `Imported the 903 returns for ${years}:`,
  )
  io.out(`  children created         ${summary.childrenCreated}`)
  io.out(`  children updated         ${summary.childrenUpdated}`)
  io.out(`  periods of care          ${summary.periods}`)
  io.out(`  reviews                  ${summary.reviews}`)
  io.out(`  missing episodes         ${summary.missing}`)
  io.out(`  adoption decisions       ${summary.adoptions}`)
  for (const [table, rows] of Object.entries(summary.skipped))
    io.out(`  ${table} rows not imported (nowhere to keep them yet): ${rows}`)
}
