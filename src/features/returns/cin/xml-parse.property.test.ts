// Property-based tests: whatever arrives, the reader either returns records or throws a
// CinParseError; and anything the writer writes, the reader reads back unchanged.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { cleanCensus } from './testing/clean-census.ts'
import { CinParseError, parseCinString } from './xml-parse.ts'
import { censusXml } from './xml-write.ts'

function onlyTypedErrors(xml: string): boolean {
  try {
    parseCinString(xml)
    return true
  } catch (error) {
    return error instanceof CinParseError
  }
}

const TOKENS = ['<Message>', '</Message>', '<Children>', '</Children>', '<Child>', '</Child>', '<ChildIdentifiers>', '</ChildIdentifiers>',
  '<LAchildID>', '</LAchildID>', '<CINdetails>', '</CINdetails>', '<Assessments>', '</Assessments>', '<Reviews>', '<CPPreviewDate>',
  '<!DOCTYPE x>', '<!ENTITY a "b">', '&amp;', '&x;', '&#0;', '&#x10FFFF;', '<![CDATA[', ']]>', '<!--', '-->', '<?pi x?>', '2024-03-31', ' ', '\n', '"', "'", '<', '>', '/', '=']

describe('CIN XML reader properties', () => {
  test('arbitrary text never throws anything but a CinParseError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), onlyTypedErrors), { numRuns: 2000 })
  })

  test('arbitrary unicode never throws anything but a CinParseError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), onlyTypedErrors), { numRuns: 1000 })
  })

  test('XML-shaped noise never throws anything but a CinParseError', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (parts) => onlyTypedErrors(parts.join(''))), { numRuns: 3000 })
  })

  test('a census with damage spliced in never throws anything but a CinParseError', () => {
    const xml = (() => {
      const f = cleanCensus(2026)
      return censusXml(f.header, f.children)
    })()
    fc.assert(
      fc.property(fc.nat({ max: xml.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }), (at, cut, insert) =>
        onlyTypedErrors(xml.slice(0, at) + insert + xml.slice(at + cut)),
      ),
      { numRuns: 2000 },
    )
  })

  test('any text the writer writes as a data item reads back unchanged', () => {
    // XML cannot carry most control characters, and the reader trims surrounding space.
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 }).map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').trim()).filter((s) => s.length > 0)
    fc.assert(
      fc.property(text, (value) => {
        const f = cleanCensus(2026)
        const id = f.children[0]?.identifiers
        if (!id) return false
        id.LAchildID = value
        const read = parseCinString(censusXml(f.header, f.children))
        assert.equal(read.children[0]?.identifiers?.LAchildID, value.replace(/\r\n?/g, '\n'))
        return true
      }),
      { numRuns: 500 },
    )
  })
})
