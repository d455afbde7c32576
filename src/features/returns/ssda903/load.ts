// Reads a folder of 903 CSV files. Each file is recognised by its header row (DfE identifies the
// tables that way; names vary between systems), falling back to its file name. Problems with the
// files themselves become findings with our own codes (SL001–SL008), never exceptions:
//   SL001 file not recognised, or a table not in this year's return   SL005 ragged row
//   SL002 column missing (the table is then not validated)             SL006 file unreadable as CSV
//   SL003 unexpected column                                            SL007 required table missing
//   SL004 a second file for the same table                             SL008 empty file
// Values are trimmed of surrounding spaces; lines whose every cell is blank are left out.
import fs from 'node:fs/promises'
import path from 'node:path'
import { CsvParseError } from '../csv/csv-parse-error.ts'
import { readCsvBatches } from '../csv/csv-file.ts'
import type { Finding, ReturnData, Row, TableData } from './return-data.ts'
import { TABLES, tablesForYear, type TableName, type TableSpec } from './tables.ts'

export interface LoadedReturn {
  data: ReturnData
  findings: Finding[]
}

const REQUIRED: readonly TableName[] = ['Header', 'Episodes']

const fileFinding = (code: string, table: TableName | null, message: string, row: number | null = null, fields: string[] = []): Finding => ({
  code,
  table,
  row,
  child: null,
  fields,
  message,
})

export async function load903Directory(directory: string, year: number): Promise<LoadedReturn> {
  const entries = await fs.readdir(directory, { withFileTypes: true })
  const files = entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv')).map((e) => e.name).sort()
  const data: ReturnData = {}
  const findings: Finding[] = []
  const children = new Map<string, string>()
  for (const name of files) {
    const loaded = await loadFile(path.join(directory, name), name, year, findings, children)
    if (!loaded) continue
    if (data[loaded.table]) {
      findings.push(fileFinding('SL004', loaded.table, `${name} is a second ${loaded.table} file; only ${data[loaded.table]?.file} is validated.`))
      continue
    }
    if (loaded.usable) data[loaded.table] = loaded.data
  }
  for (const table of REQUIRED) {
    if (!data[table] && !findings.some((f) => f.table === table)) findings.push(fileFinding('SL007', table, `No ${table} file was found; the ${table} table is required.`))
  }
  return { data, findings }
}

interface LoadedFile {
  table: TableName
  data: TableData
  usable: boolean
}

async function loadFile(file: string, name: string, year: number, findings: Finding[], children: Map<string, string>): Promise<LoadedFile | null> {
  let spec: TableSpec | null = null
  let columns: string[] = []
  let values: SharedValues | null = null
  let usable = false
  const rows: Row[] = []
  const fileRows: number[] = []
  try {
    for await (const batch of readCsvBatches(file, { ragged: 'allow' })) {
      for (const record of batch) {
        if (spec === null) {
          columns = record.fields.map((f) => f.trim())
          spec = identify(columns, name, year, findings)
          if (spec === null) return null
          usable = checkColumns(spec, columns, name, findings)
          values = new SharedValues(columns, children)
          continue
        }
        const dataRow = record.record - 2
        if (record.fields.length !== columns.length) {
          const column = Math.min(record.fields.length, columns.length) + 1
          findings.push(
            fileFinding('SL005', spec.name, `Row has ${record.fields.length} cells where the header has ${columns.length} (from column ${column}, line ${record.line} of ${name}).`, dataRow),
          )
        }
        if (!usable || values === null || record.fields.every((f) => f.trim() === '')) continue
        const row: Record<string, string> = {}
        for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values.shared(i, (record.fields[i] ?? '').trim())
        rows.push(row)
        fileRows.push(dataRow)
      }
    }
  } catch (error) {
    if (!(error instanceof CsvParseError)) throw error
    const table = spec ?? TABLES.find((t) => namedFor(t, name)) ?? null
    findings.push(fileFinding('SL006', table?.name ?? null, `${name} cannot be read as CSV: ${error.message}.`, error.record !== undefined && error.record > 1 ? error.record - 2 : null))
    return table ? { table: table.name, data: { rows: [], file: name }, usable: false } : null
  }
  if (spec === null) {
    findings.push(fileFinding('SL008', null, `${name} is empty.`))
    return null
  }
  return { table: spec.name, data: { rows, file: name, fileRows }, usable }
}

/**
 * A return repeats the same values over and over (codes, dates, each child's identifier in every
 * table): keeping one copy of each roughly halves the memory a large return takes, and rules that
 * look children up or compare values touch far less of it. Children are shared across the files;
 * a column whose values turn out mostly distinct (postcodes, UPNs) stops being shared.
 */
class SharedValues {
  private static readonly LIMIT = 5000
  private readonly columns: (Map<string, string> | null)[]
  /** Each column's last value: neighbouring rows often agree (the same child, the same code). */
  private readonly last: string[]

  constructor(
    names: readonly string[],
    private readonly children: Map<string, string>,
  ) {
    this.columns = names.map((name) => (name === 'CHILD' ? children : new Map()))
    this.last = names.map(() => '')
  }

  shared(column: number, value: string): string {
    const last = this.last[column] as string
    if (value === last) return last
    const known = this.columns[column]
    if (!known) return value
    let copy = known.get(value)
    if (copy === undefined) {
      copy = value
      // Children are always shared: every rule looks them up. Other columns stop at the limit.
      if (known === this.children || known.size < SharedValues.LIMIT) known.set(value, value)
      else this.columns[column] = null
    }
    this.last[column] = copy
    return copy
  }
}

/** Finds the table a header row belongs to: exact column set first, then file name, then most columns in common. */
function identify(columns: string[], name: string, year: number, findings: Finding[]): TableSpec | null {
  const set = new Set(columns)
  const byColumns = (table: TableSpec) => table.fields.length === set.size && table.fields.every((f) => set.has(f.name))
  const byName = (table: TableSpec) => namedFor(table, name)
  const overlap = (table: TableSpec) => table.fields.filter((f) => set.has(f.name) && f.name !== 'CHILD' && f.name !== 'DOB').length
  const match =
    TABLES.find(byColumns) ??
    TABLES.find(byName) ??
    [...TABLES].sort((a, b) => overlap(b) - overlap(a)).find((table) => overlap(table) >= Math.ceil((table.fields.length - 2) / 2))
  if (!match) {
    findings.push(fileFinding('SL001', null, `${name} is not a 903 table: its header row matches none of the DfE tables.`))
    return null
  }
  if (!tablesForYear(year).includes(match)) {
    findings.push(fileFinding('SL001', match.name, `${name} holds the ${match.name} table, which is not part of the ${year - 1}/${String(year).slice(2)} return.`))
    return null
  }
  return match
}

/** A file named after the table ("Header.csv", "placed_for_adoption.csv", "PlacedAdoption.csv"). */
function namedFor(table: TableSpec, file: string): boolean {
  const base = file.toLowerCase().replace(/\.csv$/, '').replaceAll(/[^a-z0-9]/g, '')
  return [table.name.toLowerCase(), table.fileName.replace(/\.csv$/, '').replaceAll('_', '')].includes(base)
}

/** Reports missing and unexpected columns; a table missing any column is not validated further. */
function checkColumns(spec: TableSpec, columns: string[], name: string, findings: Finding[]): boolean {
  const expected = spec.fields.map((f) => f.name)
  const missing = expected.filter((c) => !columns.includes(c))
  const extra = columns.filter((c, i) => !expected.includes(c) || columns.indexOf(c) !== i)
  for (const column of missing) findings.push(fileFinding('SL002', spec.name, `${name} has no ${column} column; expected exactly: ${expected.join(',')}.`, null, [column]))
  for (const column of extra) findings.push(fileFinding('SL003', spec.name, `${name} has a column "${column}" that is not in the DfE ${spec.name} table.`, null, [column]))
  return missing.length === 0
}
