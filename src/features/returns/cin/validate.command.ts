// `sightline validate cin FILE.xml --year YYYY [--json]`: the DfE CIN census rules for a year.
// Exit 0 when there are no errors (queries are listed but do not fail), 1 with errors or when the
// file cannot be read as a census, 2 for a usage error.
import type { Command } from '../../../cli/commands.ts'
import { parseArgs, UsageError } from '../../../cli/io.ts'
import { SUPPORTED_YEARS } from './rules/index.ts'
import { validateCinFile, type CinFinding } from './validate.ts'
import { CinParseError } from './xml-parse.ts'

export function parseYear(value: string | true | undefined): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN
  if (!SUPPORTED_YEARS.includes(year as never)) {
    throw new UsageError(`Give the collection year with --year, the year the census ends: one of ${SUPPORTED_YEARS.join(', ')}.`)
  }
  return year
}

function line(f: CinFinding): string {
  return `${f.severity === 'query' ? 'query' : 'error'} ${f.code} line ${f.line}${f.child ? ` child ${f.child}` : ''} [${f.fields.join(', ')}]: ${f.message}`
}

export const validateCinCommand: Command = {
  summary: 'Check a CIN census XML file against the DfE validation rules for a year (validate cin)',
  usage: 'sightline validate cin FILE.xml --year YYYY [--json]',
  async run(args, io) {
    const { positionals, options } = parseArgs(args[0] === 'cin' ? args.slice(1) : args)
    const file = positionals[0]
    if (!file || positionals.length > 1) throw new UsageError('Name one CIN census XML file to check.')
    const year = parseYear(options.year)
    const json = options.json === true
    let findings: CinFinding[]
    try {
      findings = (await validateCinFile(file, { year })).findings
    } catch (error) {
      if (!(error instanceof CinParseError)) throw error
      // The whole file is refused: no partial findings, one clear reason.
      const refused = { code: 'SLC000', child: '', line: error.line ?? 0, fields: [], message: error.message }
      if (json) io.out(JSON.stringify({ errors: [refused], queries: [] }))
      else io.err(`The file was not read: ${error.message}`)
      return 1
    }
    const errors = findings.filter((f) => f.severity === 'error')
    const queries = findings.filter((f) => f.severity === 'query')
    const strip = ({ code, child, line, fields, message }: CinFinding) => ({ code, child, line, fields, message })
    if (json) io.out(JSON.stringify({ errors: errors.map(strip), queries: queries.map(strip) }))
    else {
      for (const f of findings) io.out(line(f))
      io.out(`${errors.length} errors, ${queries.length} queries.`)
    }
    return errors.length > 0 ? 1 : 0
  },
}
