// sightline validate 903 DIR --year YYYY [--prev DIR] [--json]
// Exit 0 when the return is clean, 1 when there are findings, 2 when the command is misused.
import fs from 'node:fs/promises'
import type { Command } from '../../../cli/commands.ts'
import { UsageError, parseArgs, type CommandIo } from '../../../cli/io.ts'
import { SUPPORTED_YEARS, isSupportedYear } from './codes.ts'
import type { Finding } from './return-data.ts'
import { validate903Directory } from './validate.ts'

const USAGE = 'sightline validate 903 DIR --year YYYY [--prev DIR] [--json]'
const OPTIONS = new Set(['year', 'prev', 'json'])

export const validate903Command: Command = {
  summary: "Check an SSDA903 return (a folder of CSV files) against DfE's validation rules",
  usage: USAGE,
  async run(args: string[], io: CommandIo): Promise<number> {
    try {
      const { directory, year, previous, json } = await readArguments(args)
      const findings = await validate903Directory(directory, { year, ...(previous ? { previousDirectory: previous } : {}) })
      if (json) io.out(JSON.stringify({ errors: findings.map(toJson) }))
      else printFindings(io, findings, year)
      return findings.length === 0 ? 0 : 1
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      io.err(`${error.message}\nUsage: ${USAGE}`)
      return 2
    }
  },
}

async function readArguments(args: string[]) {
  const { positionals, options } = parseArgs(args)
  // The command is wired as `validate`; accept the return's name as the first word.
  const rest = positionals[0] === '903' ? positionals.slice(1) : positionals
  const unknown = Object.keys(options).filter((name) => !OPTIONS.has(name))
  if (unknown.length > 0) throw new UsageError(`Unknown option --${unknown[0]}.`)
  if (rest.length !== 1) throw new UsageError('Give one folder holding the 903 CSV files.')
  const year = Number(options.year)
  if (typeof options.year !== 'string' || !isSupportedYear(year)) {
    throw new UsageError(`--year must be the year the collection ends, one of ${SUPPORTED_YEARS.join(', ')} (2026 is 2025/26).`)
  }
  if (options.prev === true) throw new UsageError("--prev needs the folder holding last year's return.")
  if (options.json !== undefined && options.json !== true) throw new UsageError('--json takes no value.')
  const directory = rest[0] as string
  await mustBeFolder(directory)
  if (typeof options.prev === 'string') await mustBeFolder(options.prev)
  return { directory, year, previous: typeof options.prev === 'string' ? options.prev : undefined, json: options.json === true }
}

async function mustBeFolder(directory: string): Promise<void> {
  const stat = await fs.stat(directory).catch(() => null)
  if (!stat?.isDirectory()) throw new UsageError(`${directory} is not a folder.`)
}

function toJson(finding: Finding) {
  const { code, table, row, child, fields, message } = finding
  return { code, table, row, child, fields, message }
}

function printFindings(io: CommandIo, findings: Finding[], year: number): void {
  const label = `${year - 1}/${String(year).slice(2)}`
  if (findings.length === 0) {
    io.out(`The ${label} 903 return passed every check.`)
    return
  }
  for (const f of findings) {
    const where = [f.table ?? 'return', f.row === null ? null : `row ${f.row}`, f.child === null ? null : `child ${f.child}`].filter(Boolean).join(', ')
    io.out(`${f.code.padEnd(9)} ${where}${f.fields.length > 0 ? ` [${f.fields.join(', ')}]` : ''}: ${f.message}`)
  }
  io.out(`${findings.length} ${findings.length === 1 ? 'finding' : 'findings'} in the ${label} 903 return.`)
}
