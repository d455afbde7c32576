// Reads a CSV file a chunk at a time: memory use stays flat however large the file is.
import fs from 'node:fs'
import { CsvParser, type CsvParserOptions, type CsvRecord } from './csv-parser.ts'

type ReadOptions = CsvParserOptions & { chunkBytes?: number }

/** The records of each chunk read, as they complete (cheaper than one record at a time). */
export async function* readCsvBatches(path: string, options: ReadOptions = {}): AsyncGenerator<CsvRecord[]> {
  const parser = new CsvParser(options)
  const stream = fs.createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 })
  try {
    for await (const chunk of stream) {
      const records = parser.pushBytes(chunk as Buffer)
      if (records.length > 0) yield records
    }
    const last = parser.end()
    if (last.length > 0) yield last
  } finally {
    stream.destroy()
  }
}

export async function* readCsvFile(path: string, options: ReadOptions = {}): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(path, options)) yield* batch
}
