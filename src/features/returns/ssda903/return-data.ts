// A 903 return in memory: for each table, its rows as column → value (blank is ''). Values are
// kept as the text that was submitted; rules read dates and codes through helpers.
import type { TableName } from './tables.ts'

export type Row = Readonly<Record<string, string>>

export interface TableData {
  rows: Row[]
  /** The file the rows came from, for messages. */
  file?: string
  /** Data-row number in the file for each row, when rows were left out (e.g. all-blank lines). */
  fileRows?: number[]
}

/** A table that is absent was not supplied; rules treat it as having no rows. */
export type ReturnData = Partial<Record<TableName, TableData>>

export interface Finding {
  code: string
  table: TableName | null
  /** 0-based data row in that table's file; null for findings about a whole file. */
  row: number | null
  child: string | null
  fields: string[]
  message: string
}
