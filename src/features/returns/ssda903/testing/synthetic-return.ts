// A large synthetic 903 return for the benchmark: copies of the five young people of the clean
// return under new identifiers (so every table and most rules get real work), with a known error
// planted in one copy in a hundred. Written a table at a time, straight to disk.
import path from 'node:path'
import { CsvFileWriter } from '../../csv/csv-writer.ts'
import { tablesForYear } from '../tables.ts'
import { cleanReturn } from './clean-return.ts'

export interface SyntheticReturn {
  children: number
  rows: number
  /** Copies with a planted invalid SEX code (rule 101). */
  planted: number
}

export async function writeSyntheticReturn(directory: string, options: { children: number; year: number }): Promise<SyntheticReturn> {
  const template = cleanReturn(options.year).current
  const copies = Math.ceil(options.children / 5)
  let rows = 0
  let planted = 0
  for (const spec of tablesForYear(options.year)) {
    const columns = spec.fields.map((f) => f.name)
    const writer = new CsvFileWriter(path.join(directory, spec.fileName))
    await writer.write(columns)
    const source = template[spec.name]?.rows ?? []
    for (let copy = 0; copy < copies; copy++) {
      const suffix = `-${String(copy).padStart(6, '0')}`
      for (const row of source) {
        const values = columns.map((column) => {
          const value = row[column] ?? ''
          if (column === 'CHILD') return value + suffix
          // Real UPNs must be unique (DfE rule 444): keep the letter, number the rest by copy.
          if (column === 'UPN' && /^[A-Z]\d{12}$/.test(value)) return `${value[0]}${String(copy).padStart(6, '0')}${value.slice(7)}`
          return value
        })
        if (spec.name === 'Header' && copy % 100 === 7 && row.CHILD === 'C1') {
          values[columns.indexOf('SEX')] = 'X'
          planted++
        }
        await writer.write(values)
        rows++
      }
    }
    await writer.close()
  }
  return { children: copies * 5, rows, planted }
}
