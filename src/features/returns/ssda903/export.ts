// sightline export 903 --year YYYY --out DIR
// Builds every 903 table for a collection year from the record and writes one CSV file per table
// with DfE's headers. There is no deprivation of liberty order in the record yet, so from 2026/27
// the DoLO file holds its header only.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Kysely } from 'kysely'
import type { Command } from '../../../cli/commands.ts'
import { UsageError, parseArgs, type CommandIo } from '../../../cli/io.ts'
import { loadConfig } from '../../../config.ts'
import { openDatabase } from '../../../db/database.ts'
import type { DB } from '../../../db/schema.ts'
import { writeCsvFile } from '../csv/csv-writer.ts'
import { SUPPORTED_YEARS, isSupportedYear } from './codes.ts'
import { deriveCohort, episodeRows, exportYear, headerRows, missingRows, prevPermRows, reviewRows, sexCode, socialWorkerRows } from './export-episodes.ts'
import { ad1Rows, oc2Rows, oc3Rows, placedAdoptionRows, uascRows } from './export-outcomes.ts'
import { load903Source, type ExportSource } from './export.repository.ts'
import type { ReturnData } from './return-data.ts'
import { tablesForYear } from './tables.ts'

/** The whole return, as the validator reads it. */
export function build903Return(source: ExportSource, yearEnding: number): ReturnData {
  const year = exportYear(yearEnding)
  const cohort = deriveCohort(source, year)
  const oc3 = oc3Rows(source, year)
  const sex = new Map(source.children.map((c) => [c.id, sexCode(c.sex, yearEnding)]))
  const data: ReturnData = {
    Header: { rows: headerRows(source, cohort, oc3.map((r) => Number(r.CHILD)), year) },
    Episodes: { rows: episodeRows(cohort, year) },
    Reviews: { rows: reviewRows(source, cohort) },
    UASC: { rows: uascRows(source, cohort, (id) => sex.get(id) ?? '', year) },
    OC2: { rows: oc2Rows(source, cohort, year) },
    OC3: { rows: oc3 },
    AD1: { rows: ad1Rows(source, cohort, year) },
    PlacedAdoption: { rows: placedAdoptionRows(source, cohort, year) },
    PrevPerm: { rows: prevPermRows(source, cohort, year) },
    Missing: { rows: missingRows(source, cohort, year) },
    SWEpisodes: { rows: socialWorkerRows(source, cohort, year) },
  }
  if (yearEnding >= 2027) data.DoLO = { rows: [] }
  return withReturnIds(data, source)
}

/**
 * CHILD is the child's Sightline id, or the id an earlier system gave the child in its 903
 * returns when the child's history was imported (`sightline import 903`), so DfE can follow the
 * child from year to year.
 */
function withReturnIds(data: ReturnData, source: ExportSource): ReturnData {
  const legacy = new Map(source.children.flatMap((c) => (c.legacy_id === null ? [] : [[String(c.id), c.legacy_id] as const])))
  if (legacy.size === 0) return data
  const out: ReturnData = {}
  for (const [name, table] of Object.entries(data) as [keyof ReturnData, NonNullable<ReturnData[keyof ReturnData]>][]) {
    out[name] = { ...table, rows: table.rows.map((row) => (legacy.has(row.CHILD ?? '') ? { ...row, CHILD: legacy.get(row.CHILD ?? '') as string } : row)) }
  }
  return out
}

export async function export903(db: Kysely<DB>, yearEnding: number): Promise<ReturnData> {
  return build903Return(await load903Source(db, exportYear(yearEnding)), yearEnding)
}

/** Writes each table to DIR under its conventional file name; returns the row count per file. */
export async function write903Files(directory: string, data: ReturnData, yearEnding: number): Promise<{ file: string; rows: number }[]> {
  await fs.mkdir(directory, { recursive: true })
  const written: { file: string; rows: number }[] = []
  for (const spec of tablesForYear(yearEnding)) {
    const columns = spec.fields.map((f) => f.name)
    const rows = data[spec.name]?.rows ?? []
    await writeCsvFile(
      path.join(directory, spec.fileName),
      columns,
      rows.map((row) => columns.map((c) => row[c] ?? '')),
    )
    written.push({ file: spec.fileName, rows: rows.length })
  }
  return written
}

const USAGE = 'sightline export 903 --year YYYY --out DIR'

export const export903Command: Command = {
  summary: 'Write the SSDA903 return for a collection year as DfE CSV files',
  usage: USAGE,
  async run(args: string[], io: CommandIo): Promise<number> {
    let yearEnding: number
    let out: string
    try {
      const { positionals, options } = parseArgs(args)
      const rest = positionals[0] === '903' ? positionals.slice(1) : positionals
      if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`)
      yearEnding = Number(options.year)
      if (typeof options.year !== 'string' || !isSupportedYear(yearEnding)) {
        throw new UsageError(`--year must be the year the collection ends, one of ${SUPPORTED_YEARS.join(', ')} (2026 is 2025/26).`)
      }
      if (typeof options.out !== 'string') throw new UsageError('--out needs the folder to write the CSV files to.')
      out = options.out
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      io.err(`${error.message}\nUsage: ${USAGE}`)
      return 2
    }
    const database = await openDatabase(loadConfig(io.env).database)
    try {
      const written = await write903Files(out, await export903(database.db, yearEnding), yearEnding)
      io.out(`Wrote the ${yearEnding - 1}/${String(yearEnding).slice(2)} 903 return to ${out}:`)
      for (const { file, rows } of written) io.out(`  ${file.padEnd(26)} ${rows} rows`)
      return 0
    } finally {
      await database.close()
    }
  },
}
