// Reads one collection year's 903 files for import, strictly. Unlike the validator's loader
// (load.ts), which reports and carries on, anything the import cannot trust is a problem that
// stops it: a header row that is not exactly one DfE table's columns, a file that is empty or not
// CSV, a ragged row, a date that is not DD/MM/YYYY or not a real day, a code not in the year's
// list, a row repeated, or two rows for what can only be one fact. A byte-order mark, CRLF line
// endings and quoted fields are ordinary CSV and read as such. Values are trimmed; a line whose
// every cell is blank is left out. Dates come back as YYYY-MM-DD.
import fs from 'node:fs/promises'
import path from 'node:path'
import { readCsvBatches } from '../../csv/csv-file.ts'
import { CsvParseError } from '../../csv/csv-parse-error.ts'
import { UPN_UNKNOWN } from '../codes.ts'
import { parse903Date, parsePartialDate } from '../dates.ts'
import { TABLES, tablesForYear, type FieldSpec, type TableName, type TableSpec } from '../tables.ts'
import type { Problems } from './import-error.ts'

export interface ParsedRow {
  /** Spreadsheet row: the header is row 1. */
  row: number
  values: Readonly<Record<string, string>>
}

export interface ParsedTable {
  /** "folder/file.csv", for messages. */
  file: string
  rows: ParsedRow[]
}

export interface YearFolder {
  directory: string
  /** The collection year, named by the 31 March it ends on. */
  year: number
  tables: Partial<Record<TableName, ParsedTable>>
}

const REQUIRED_TABLES: readonly TableName[] = ['Header', 'Episodes']

/** Columns that must hold a value for the row to mean anything. */
const REQUIRED_VALUES: Partial<Record<TableName, readonly string[]>> = {
  Header: ['DOB'],
  Episodes: ['DECOM'],
  Reviews: ['REVIEW'],
  Missing: ['MIS_START', 'MISSING'],
  PlacedAdoption: ['DATE_PLACED'],
  SWEpisodes: ['SW_DECOM'],
}

/** The columns that identify one fact; a second row with the same key is a duplicate. */
const KEYS: Record<TableName, readonly string[]> = {
  Header: ['CHILD'],
  Episodes: ['CHILD', 'DECOM'],
  Reviews: ['CHILD', 'REVIEW'],
  UASC: ['CHILD'],
  OC2: ['CHILD'],
  OC3: ['CHILD'],
  AD1: ['CHILD'],
  PlacedAdoption: ['CHILD', 'DATE_PLACED'],
  PrevPerm: ['CHILD'],
  Missing: ['CHILD', 'MIS_START'],
  SWEpisodes: ['CHILD', 'SW_DECOM'],
  DoLO: ['CHILD', 'DOLO_START'],
}

/**
 * The collection year a folder holds, from its name: "2025" (the year ending 31 March 2025),
 * "2024-25", "2024_2025" or "ssda903_2024-25" all mean 2024/25. Null when the name has no year.
 */
export function yearOfFolder(directory: string): number | null {
  const name = path.basename(path.resolve(directory))
  const matches = [...name.matchAll(/(?<!\d)(\d{4})(?:[-_ ]?(\d{4}|\d{2}))?(?!\d)/g)]
  const last = matches.at(-1)
  if (!last) return null
  const first = Number(last[1])
  const second = last[2]
  if (second === undefined) return first
  const next = second.length === 2 ? (first + 1) % 100 : first + 1
  return Number(second) === next ? first + 1 : null
}

export async function readYearFolder(
  directory: string,
  year: number,
  problems: Problems,
): Promise<YearFolder> {
  const label = path.basename(path.resolve(directory))
  const entries = await fs.readdir(directory, { withFileTypes: true })
  const files = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv'))
    .map((e) => e.name)
    .sort()
  const folder: YearFolder = { directory, year, tables: {} }
  for (const name of files) {
    const file = `${label}/${name}`
    const table = await readFile(path.join(directory, name), file, year, problems)
    if (!table) continue
    const earlier = folder.tables[table.spec.name]
    if (earlier) {
      problems.add(
        file,
        null,
        null,
        `This is a second ${table.spec.name} file; ${earlier.file} already holds that table.`,
      )
      continue
    }
    folder.tables[table.spec.name] = { file, rows: table.rows }
  }
  for (const name of REQUIRED_TABLES) {
    if (!folder.tables[name] && !problems.list.some((p) => p.file.startsWith(`${label}/`))) {
      problems.add(label, null, null, `No ${name} file was found (${name} is needed to import a year).`)
    }
  }
  return folder
}

async function readFile(
  fullPath: string,
  file: string,
  year: number,
  problems: Problems,
): Promise<{ spec: TableSpec; rows: ParsedRow[] } | null> {
  let spec: TableSpec | null = null
  let columns: string[] = []
  const rows: ParsedRow[] = []
  const seen = new Map<string, number>()
  try {
    for await (const batch of readCsvBatches(fullPath, { ragged: 'allow' })) {
      for (const record of batch) {
        if (problems.full) return null
        if (spec === null) {
          columns = record.fields.map((f) => f.trim())
          spec = identify(columns, file, year, problems)
          if (spec === null) return null
          continue
        }
        const row = record.line
        if (record.fields.length !== columns.length) {
          const column = columns[Math.min(record.fields.length, columns.length)] ?? `${columns.length + 1}`
          problems.add(
            file,
            row,
            column,
            `The row has ${record.fields.length} cells where the header has ${columns.length}.`,
          )
          continue
        }
        if (record.fields.every((f) => f.trim() === '')) continue
        const raw: Record<string, string> = {}
        columns.forEach((c, i) => (raw[c] = (record.fields[i] as string).trim()))
        const values = parseValues(spec, raw, year, file, row, problems)
        if (!values) continue
        const key = KEYS[spec.name].map((c) => values[c]).join('\u0000')
        const identical = JSON.stringify(spec.fields.map((f) => values[f.name]))
        const earlier = seen.get(identical) ?? seen.get(`key:${key}`)
        if (earlier !== undefined) {
          const same = seen.get(identical) !== undefined
          problems.add(
            file,
            row,
            KEYS[spec.name].at(-1) ?? null,
            same
              ? `This row repeats row ${earlier}.`
              : `Row ${earlier} is already about the same ${describeKey(spec.name)}; a child can have only one.`,
          )
          continue
        }
        seen.set(identical, row)
        seen.set(`key:${key}`, row)
        rows.push({ row, values })
      }
    }
  } catch (error) {
    if (!(error instanceof CsvParseError)) throw error
    problems.add(
      file,
      error.line,
      spec?.fields[error.column - 1]?.name ?? null,
      `The file cannot be read as CSV: ${error.message}.`,
    )
    return null
  }
  if (spec === null) {
    problems.add(file, null, null, 'The file is empty: it needs at least the header row of a DfE 903 table.')
    return null
  }
  return { spec, rows }
}

function describeKey(table: TableName): string {
  switch (table) {
    case 'Header':
    case 'UASC':
    case 'OC2':
    case 'OC3':
    case 'AD1':
    case 'PrevPerm':
      return `child in the ${table} table`
    case 'Episodes':
      return 'child and start date (DECOM)'
    case 'Reviews':
      return 'child and review date'
    case 'PlacedAdoption':
      return 'child and decision date'
    case 'Missing':
      return 'child and start date'
    case 'SWEpisodes':
      return 'child and start date'
    case 'DoLO':
      return 'child and start date'
  }
}

/** The table whose columns the header row is, exactly; otherwise a problem saying what differs. */
function identify(columns: string[], file: string, year: number, problems: Problems): TableSpec | null {
  const duplicated = columns.find((c, i) => columns.indexOf(c) !== i)
  if (duplicated !== undefined) {
    problems.add(file, 1, duplicated, `The header names the column ${duplicated} twice.`)
    return null
  }
  const set = new Set(columns)
  const exact = TABLES.find((t) => t.fields.length === set.size && t.fields.every((f) => set.has(f.name)))
  if (exact) {
    if (!tablesForYear(year).includes(exact)) {
      problems.add(
        file,
        1,
        null,
        `This is the ${exact.name} table, which is not part of the ${yearLabel(year)} return.`,
      )
      return null
    }
    return exact
  }
  const base = path
    .basename(file)
    .toLowerCase()
    .replace(/\.csv$/, '')
    .replaceAll(/[^a-z0-9]/g, '')
  const overlap = (t: TableSpec) =>
    t.fields.filter((f) => set.has(f.name) && f.name !== 'CHILD' && f.name !== 'DOB').length
  const guess =
    TABLES.find((t) =>
      [t.name.toLowerCase(), t.fileName.replace(/\.csv$/, '').replaceAll('_', '')].includes(base),
    ) ?? [...TABLES].sort((a, b) => overlap(b) - overlap(a)).find((t) => overlap(t) > 0)
  if (!guess) {
    problems.add(
      file,
      1,
      null,
      `The header row (${columns.join(',') || 'blank'}) is not the header of any DfE 903 table.`,
    )
    return null
  }
  const expected = guess.fields.map((f) => f.name)
  const missing = expected.filter((c) => !set.has(c))
  const extra = columns.filter((c) => !expected.includes(c))
  const parts = [
    missing.length > 0 ? `no ${missing.join(', ')} column` : '',
    extra.length > 0 ? `an unexpected column ${extra.join(', ')}` : '',
  ].filter(Boolean)
  problems.add(
    file,
    1,
    missing[0] ?? extra[0] ?? null,
    `The header looks like the ${guess.name} table but has ${parts.join(' and ')}; expected exactly ${expected.join(',')}.`,
  )
  return null
}

export const yearLabel = (year: number): string => `${year - 1}/${String(year).slice(2)}`

/** Checks and converts one row's values; null (with problems recorded) when any is unusable. */
function parseValues(
  spec: TableSpec,
  raw: Record<string, string>,
  year: number,
  file: string,
  row: number,
  problems: Problems,
): Record<string, string> | null {
  const values: Record<string, string> = {}
  let ok = true
  for (const field of spec.fields) {
    const value = raw[field.name] ?? ''
    const required = field.kind === 'child' || (REQUIRED_VALUES[spec.name] ?? []).includes(field.name)
    if (value === '') {
      if (required) {
        problems.add(file, row, field.name, `${field.name} is blank; every ${spec.name} row needs it.`)
        ok = false
      }
      values[field.name] = ''
      continue
    }
    const result = parseValue(field, value, year)
    if (typeof result === 'string') values[field.name] = result
    else {
      problems.add(file, row, field.name, result.problem)
      ok = false
    }
  }
  return ok ? values : null
}

function parseValue(field: FieldSpec, value: string, year: number): string | { problem: string } {
  switch (field.kind) {
    case 'child':
      return /^[\x21-\x7E]{1,10}$/.test(value)
        ? value
        : { problem: `"${value}" is not a child identifier (up to 10 characters, no spaces).` }
    case 'date':
      return parse903Date(value) ?? { problem: dateProblem(value) }
    case 'partial-date':
      return parsePartialDate(value) === null
        ? { problem: `"${value}" is not a date in DD/MM/YYYY form (unknown day or month as ZZ).` }
        : value
    case 'code': {
      const allowed = field.codes?.(year) ?? []
      return allowed.includes(value)
        ? value
        : {
            problem: `"${value}" is not a ${field.name} code in ${yearLabel(year)} (expected one of ${allowed.join(', ')}).`,
          }
    }
    case 'integer':
      return /^\d{1,2}$/.test(value) && Number(value) <= 40
        ? String(Number(value))
        : { problem: `"${value}" is not a whole number from 0 to 40.` }
    case 'postcode':
      return /^[A-Za-z0-9]{2,4} ?[A-Za-z0-9]{0,3}$/.test(value)
        ? value
        : { problem: `"${value}" is not a postcode.` }
    case 'upn':
      return UPN_UNKNOWN.includes(value) || /^[A-Z][0-9]{11}[0-9A-Z]$/.test(value)
        ? value
        : { problem: `"${value}" is not a unique pupil number or UN1–UN5.` }
    case 'urn':
      return /^[A-Za-z0-9]{1,8}$/.test(value) ? value : { problem: `"${value}" is not an Ofsted URN.` }
    case 'text':
      return value
  }
}

function dateProblem(value: string): string {
  if (/^\d{1,2}\/\d{1,2}\/\d{2}$/.test(value))
    return `"${value}" has a two-digit year; write dates as DD/MM/YYYY.`
  if (/^\d{2}\/\d{2}\/\d{4}$/.test(value)) return `"${value}" is not a real date.`
  return `"${value}" is not a date in DD/MM/YYYY form.`
}
