// RFC 4180 output: CRLF line endings, a field quoted only when it must be (comma, quote, CR or
// LF inside, or a leading U+FEFF that a reader would take for a byte-order mark), quotes doubled. A record that is one empty field is written `""` so that the reader,
// which skips empty lines, gets it back.
import fs from 'node:fs'
import { once } from 'node:events'

const NEEDS_QUOTES = /^\uFEFF|[",\r\n]/

export function formatCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function formatCsvRecord(fields: readonly string[]): string {
  if (fields.length === 0) throw new RangeError('A CSV record needs at least one field')
  if (fields.length === 1 && fields[0] === '') return '""\r\n'
  return `${fields.map(formatCsvField).join(',')}\r\n`
}

export function toCsv(records: Iterable<readonly string[]>): string {
  let text = ''
  for (const record of records) text += formatCsvRecord(record)
  return text
}

/** Writes records to a file as they come, waiting when the disk is slower than the producer. */
export class CsvFileWriter {
  private readonly stream: fs.WriteStream
  private buffer = ''

  constructor(path: string) {
    this.stream = fs.createWriteStream(path, { encoding: 'utf8' })
  }

  async write(fields: readonly string[]): Promise<void> {
    this.buffer += formatCsvRecord(fields)
    if (this.buffer.length >= 64 * 1024) await this.flush()
  }

  async close(): Promise<void> {
    await this.flush()
    this.stream.end()
    await once(this.stream, 'finish')
  }

  private async flush(): Promise<void> {
    if (this.buffer === '') return
    const ok = this.stream.write(this.buffer)
    this.buffer = ''
    if (!ok) await once(this.stream, 'drain')
  }
}

/** Writes a whole table: header row then data rows. */
export async function writeCsvFile(path: string, header: readonly string[], rows: Iterable<readonly string[]>): Promise<void> {
  const writer = new CsvFileWriter(path)
  try {
    await writer.write(header)
    for (const row of rows) await writer.write(row)
  } finally {
    await writer.close()
  }
}
