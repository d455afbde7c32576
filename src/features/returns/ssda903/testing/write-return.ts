// Writes a return held in memory as DfE-shaped CSV files, one per table (tests and the benchmark).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { toCsv } from '../../csv/csv-writer.ts'
import type { ReturnData } from '../return-data.ts'
import { tableSpec, type TableName } from '../tables.ts'

export function writeReturn(directory: string, data: ReturnData): void {
  fs.mkdirSync(directory, { recursive: true })
  for (const [name, table] of Object.entries(data) as [TableName, NonNullable<ReturnData[TableName]>][]) {
    const spec = tableSpec(name)
    const columns = spec.fields.map((f) => f.name)
    fs.writeFileSync(path.join(directory, spec.fileName), toCsv([columns, ...table.rows.map((row) => columns.map((c) => row[c] ?? ''))]))
  }
}

export function temporaryFolder(prefix = '903-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}
