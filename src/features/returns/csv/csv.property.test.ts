import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { CsvParseError } from './csv-parse-error.ts'
import { CsvParser, parseCsv } from './csv-parser.ts'
import { toCsv } from './csv-writer.ts'

/** Field text that leans on the characters CSV finds hard. */
const field = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', 'a', ' ', '\uFEFF'), maxLength: 8 }),
)
const records = fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 12 })

/** Splits text at arbitrary points to imitate chunked reading. */
function parseInPieces(text: string, cuts: number[]): string[][] {
  const parser = new CsvParser({ ragged: 'allow' })
  const out: string[][] = []
  let from = 0
  for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
    out.push(...parser.push(text.slice(from, cut)).map((r) => r.fields))
    from = cut
  }
  out.push(...parser.push(text.slice(from)).map((r) => r.fields), ...parser.end().map((r) => r.fields))
  return out
}

function onlyTypedErrors(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    if (!(error instanceof CsvParseError)) throw error
    assert.ok(error.line >= 1 && error.column >= 1)
  }
}

describe('CSV properties', () => {
  test('writing then reading gives back the same records', () => {
    fc.assert(
      fc.property(records, (rows) => {
        assert.deepEqual(
          parseCsv(toCsv(rows), { ragged: 'allow' }).map((r) => r.fields),
          rows,
        )
      }),
      { numRuns: 500 },
    )
  })

  test('reading in arbitrary pieces gives the same records as reading at once', () => {
    fc.assert(
      fc.property(records, fc.array(fc.nat(), { maxLength: 5 }), (rows, cuts) => {
        assert.deepEqual(parseInPieces(toCsv(rows), cuts), rows)
      }),
      { numRuns: 500 },
    )
  })

  test('a byte-order mark in front changes nothing', () => {
    fc.assert(
      fc.property(records, (rows) => {
        const bytes = new TextEncoder().encode(`\uFEFF${toCsv(rows)}`)
        const parser = new CsvParser({ ragged: 'allow' })
        const read = [...parser.pushBytes(bytes), ...parser.end()].map((r) => r.fields)
        assert.deepEqual(read, rows)
      }),
      { numRuns: 200 },
    )
  })

  test('arbitrary bytes never throw anything but a typed parse error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.nat(), { maxLength: 4 }), (bytes, cuts) => {
        onlyTypedErrors(() => {
          const parser = new CsvParser()
          let from = 0
          for (const cut of cuts.map((c) => c % (bytes.length + 1)).sort((a, b) => a - b)) {
            parser.pushBytes(bytes.slice(from, cut))
            from = cut
          }
          parser.pushBytes(bytes.slice(from))
          parser.end()
        })
      }),
      { numRuns: 1000 },
    )
  })

  test('arbitrary text made of CSV punctuation never throws anything but a typed parse error', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', 'x', '\uFEFF'), maxLength: 60 }), (text) => {
        onlyTypedErrors(() => parseCsv(text))
      }),
      { numRuns: 1000 },
    )
  })
})
