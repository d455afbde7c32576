import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import { CsvParseError } from './csv-parse-error.ts'
import { CsvParser, parseCsv } from './csv-parser.ts'
import { readCsvFile } from './csv-file.ts'
import { formatCsvRecord, toCsv, writeCsvFile } from './csv-writer.ts'

const fields = (text: string, options = {}) => parseCsv(text, options).map((r) => r.fields)

function parseError(run: () => unknown): CsvParseError {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof CsvParseError, `expected a CsvParseError, got ${String(error)}`)
    return error
  }
  assert.fail('expected a parse error')
}

describe('parseCsv', () => {
  test('reads CRLF, LF and CR line endings alike', () => {
    assert.deepEqual(fields('a,b\r\nc,d\ne,f\rg,h'), [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ])
  })

  test('drops a leading byte-order mark', () => {
    assert.deepEqual(fields('\uFEFFCHILD,SEX\r\n1,M\r\n'), [
      ['CHILD', 'SEX'],
      ['1', 'M'],
    ])
  })

  test('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    assert.deepEqual(fields('"a,b","say ""hi""","line\r\nbreak"\r\n'), [['a,b', 'say "hi"', 'line\r\nbreak']])
  })

  test('reads empty fields, including a trailing one', () => {
    assert.deepEqual(fields('a,,\r\n,b,\r\n'), [
      ['a', '', ''],
      ['', 'b', ''],
    ])
  })

  test('skips empty lines but keeps a quoted empty field', () => {
    assert.deepEqual(fields('a\r\n\r\n""\r\n\r\n'), [['a'], ['']])
  })

  test('numbers records and the lines they start on', () => {
    const records = parseCsv('h1,h2\r\n"x\ny",1\r\nz,2\r\n')
    assert.deepEqual(
      records.map((r) => [r.record, r.line]),
      [
        [1, 1],
        [2, 2],
        [3, 4],
      ],
    )
  })

  test('rejects a quote inside an unquoted field, saying where', () => {
    const error = parseError(() => parseCsv('a,b\r\nc,d"e\r\n'))
    assert.equal(error.kind, 'quote-in-unquoted-field')
    assert.deepEqual([error.line, error.column, error.record], [2, 4, 2])
  })

  test('rejects text after a closing quote', () => {
    const error = parseError(() => parseCsv('"a"b,c'))
    assert.equal(error.kind, 'text-after-closing-quote')
    assert.deepEqual([error.line, error.column], [1, 4])
  })

  test('rejects a quoted field left open at the end of the file', () => {
    assert.equal(parseError(() => parseCsv('a,"b\r\nc')).kind, 'unterminated-quote')
  })

  test('reports a ragged row with its row and the first column that does not fit', () => {
    const error = parseError(() => parseCsv('a,b,c\r\n1,2\r\n'))
    assert.equal(error.kind, 'ragged-row')
    assert.deepEqual([error.line, error.column, error.record], [2, 3, 2])
  })

  test('hands ragged rows on when asked to', () => {
    assert.deepEqual(fields('a,b\r\n1\r\n', { ragged: 'allow' }), [['a', 'b'], ['1']])
  })

  test('rejects bytes that are not UTF-8', () => {
    const parser = new CsvParser()
    assert.equal(
      parseError(() => {
        parser.pushBytes(new Uint8Array([0x61, 0x2c, 0xff, 0x0a]))
        parser.end()
      }).kind,
      'invalid-encoding',
    )
  })

  test('gives the same records however the input is split, even inside CRLF and quotes', () => {
    const text = '"a""b",c\r\n"x\r\ny",z\r\n'
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = new CsvParser()
      const records = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut)), ...parser.end()]
      assert.deepEqual(
        records.map((r) => [r.fields, r.line]),
        [
          [['a"b', 'c'], 1],
          [['x\r\ny', 'z'], 2],
        ],
        `split at ${cut}`,
      )
    }
  })

  test('reassembles a multi-byte character split across byte chunks', () => {
    const bytes = new TextEncoder().encode('\uFEFFname\r\nZoë £5\r\n')
    const parser = new CsvParser()
    const records = [...parser.pushBytes(bytes.slice(0, 12)), ...parser.pushBytes(bytes.slice(12)), ...parser.end()]
    assert.deepEqual(
      records.map((r) => r.fields),
      [['name'], ['Zoë £5']],
    )
  })
})

describe('CSV writer', () => {
  test('quotes only the fields that need it and ends lines with CRLF', () => {
    assert.equal(formatCsvRecord(['a', 'b,c', 'd"e', 'f\ng', '']), 'a,"b,c","d""e","f\ng",\r\n')
  })

  test('writes a lone empty field as "" so it survives a round trip', () => {
    assert.equal(toCsv([['x'], ['']]), 'x\r\n""\r\n')
  })

  test('writes a file that reads back chunk by chunk', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-'))
    const file = path.join(dir, 'out.csv')
    const rows = Array.from({ length: 5000 }, (_, i) => [String(i), `name, ${i}`, i % 7 === 0 ? 'multi\r\nline' : ''])
    await writeCsvFile(file, ['id', 'name', 'note'], rows)
    const read: string[][] = []
    for await (const record of readCsvFile(file, { chunkBytes: 97 })) read.push(record.fields)
    assert.deepEqual(read, [['id', 'name', 'note'], ...rows])
    fs.rmSync(dir, { recursive: true })
  })
})
