// Writes the Annex A lists as one XLSX workbook, one sheet per list, with exceljs. Dates become
// real Excel dates (dd/mm/yyyy) so analysts can sort and filter them.
import ExcelJS from 'exceljs'
import type { IsoDate } from '../../../platform/time/dates.ts'
import type { ListDefinition, ListRow } from './lists.ts'

export interface FilledList {
  list: ListDefinition
  rows: readonly ListRow[]
}

function cellValue(kind: ListDefinition['columns'][number]['kind'], value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`)
  return value
}

export async function annexAWorkbook(lists: readonly FilledList[], asAt: IsoDate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Sightline'
  // A fixed timestamp keeps the file the same for the same record (the as-at date, not now).
  workbook.created = new Date(`${asAt}T00:00:00Z`)
  workbook.modified = workbook.created
  for (const { list, rows } of lists) {
    const sheet = workbook.addWorksheet(list.sheet)
    if (list.note) sheet.addRow([`${list.title}: ${list.note}`])
    const header = sheet.addRow(list.columns.map((c) => c.heading))
    header.font = { bold: true }
    list.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1)
      col.width = Math.min(40, Math.max(12, column.heading.length + 2))
      if (column.kind === 'date') col.numFmt = 'dd/mm/yyyy'
    })
    for (const row of rows) sheet.addRow(list.columns.map((column, i) => cellValue(column.kind, row[i] ?? null)))
    sheet.views = [{ state: 'frozen', ySplit: header.number }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
