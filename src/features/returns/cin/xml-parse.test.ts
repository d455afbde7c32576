import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, test } from 'node:test'
import { cleanCensus } from './testing/clean-census.ts'
import { CinParseError, DEFAULT_LIMITS, parseCinString, readCinFile } from './xml-parse.ts'
import { censusXml } from './xml-write.ts'

const clean = () => {
  const f = cleanCensus(2026)
  return censusXml(f.header, f.children)
}

function refuses(xml: string, pattern: RegExp, limits = DEFAULT_LIMITS): void {
  assert.throws(() => parseCinString(xml, limits), (error: unknown) => error instanceof CinParseError && pattern.test(error.message))
}

describe('CIN XML reader', () => {
  test('reads the header and every child with its episodes', () => {
    const census = parseCinString(clean())
    assert.equal(census.header?.ReferenceDate, '2026-03-31')
    assert.deepEqual(census.children.map((c) => c.identifiers?.LAchildID), ['C1', 'C2', 'C3', 'C4'])
    const plan = census.children[0]?.cinDetails[0]?.childProtectionPlans[0]
    assert.equal(plan?.InitialCategoryOfAbuse, 'NEG')
    assert.deepEqual(plan?.reviews.map((r) => r.value), ['2025-09-20'])
    assert.deepEqual(census.children[0]?.cinDetails[0]?.assessments[0]?.factors.map((f) => f.value), ['3B', '4B'])
  })

  test('keeps the source line of each element and data item', () => {
    const xml = clean()
    const census = parseCinString(xml)
    const lines = xml.split('\n')
    const child = census.children[1]
    const line = child?.identifiers?.lines.LAchildID ?? 0
    assert.match(lines[line - 1] ?? '', /<LAchildID>C2<\/LAchildID>/)
    assert.match(lines[(child?.line ?? 0) - 1] ?? '', /<Child>/)
  })

  test('unescapes the predefined entities and character references', () => {
    const census = parseCinString(clean().replace('<LAchildID>C1</LAchildID>', '<LAchildID>A&amp;B&#65;&lt;</LAchildID>'))
    assert.equal(census.children[0]?.identifiers?.LAchildID, 'A&BA<')
  })

  test('refuses any DOCTYPE, so external entities are never fetched (XXE)', () => {
    refuses(`<?xml version="1.0"?><!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message>&x;</Message>`, /DOCTYPE/)
  })

  test('refuses a billion-laughs entity bomb before expanding anything', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><Message>&lol3;</Message>`
    refuses(bomb, /DOCTYPE/)
  })

  test('refuses an undefined entity', () => {
    refuses('<Message><Header>&lol;</Header></Message>', /not well-formed.*undefined entity/)
  })

  test('refuses empty and whitespace-only input', () => {
    refuses('', /empty/)
    refuses('  \n ', /empty|not well-formed/)
  })

  test('refuses a file whose root is not <Message>', () => {
    refuses('<Returns><Child/></Returns>', /root element is <Returns>/)
  })

  test('refuses XML that is not well-formed, naming the line', () => {
    assert.throws(() => parseCinString('<Message>\n<Header>\n</Message>'), (error: unknown) => error instanceof CinParseError && error.line === 3)
  })

  test('refuses nesting deeper than the limit', () => {
    refuses(`<Message>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</Message>`, /nested more than 16/)
  })

  test('refuses an over-long data item', () => {
    refuses(clean().replace('<LAchildID>C1</LAchildID>', `<LAchildID>${'x'.repeat(2000)}</LAchildID>`), /longer than 1024/)
  })

  test('refuses a long run without markup before buffering it', () => {
    refuses(`<Message><!-- ${'x'.repeat(100)} --></Message>`, /without markup/, { ...DEFAULT_LIMITS, maxRun: 50 })
  })

  test('refuses a child with more elements than the limit', () => {
    const many = '<CINdetails></CINdetails>'.repeat(20)
    refuses(`<Message><Children><Child>${many}</Child></Children></Message>`, /more than 10 elements/, { ...DEFAULT_LIMITS, maxElementsPerChild: 10 })
  })

  test('reports unknown and repeated elements as structure issues, not failures', () => {
    const xml = clean().replace('<LAchildID>C1</LAchildID>', '<LAchildID>C1</LAchildID><LAchildID>C9</LAchildID><Nickname>Bo</Nickname>')
    const census = parseCinString(xml)
    assert.equal(census.children[0]?.identifiers?.LAchildID, 'C1')
    assert.deepEqual(census.children[0]?.structure.map((s) => `${s.element}:${s.problem}`), ['LAchildID:repeated', 'Nickname:unknown'])
  })

  test('reads a byte-order mark and namespace prefixes', () => {
    const census = parseCinString(`\uFEFF<cin:Message xmlns:cin="urn:x"><cin:Children><cin:Child><cin:ChildIdentifiers><cin:LAchildID>Z</cin:LAchildID></cin:ChildIdentifiers></cin:Child></cin:Children></cin:Message>`)
    assert.equal(census.children[0]?.identifiers?.LAchildID, 'Z')
  })

  test('streams a file in chunks and hands on each child', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cin-'))
    const file = path.join(dir, 'census.xml')
    const f = cleanCensus(2026)
    fs.writeFileSync(file, censusXml(f.header, Array.from({ length: 500 }, (_, i) => f.children[i % 4] as NonNullable<(typeof f.children)[number]>)))
    let seen = 0
    const summary = await readCinFile(file, { onChild: () => seen++ })
    assert.equal(seen, 500)
    assert.equal(summary.children, 500)
    fs.rmSync(dir, { recursive: true })
  })

  test('says clearly when a file is missing or empty', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cin-'))
    const empty = path.join(dir, 'empty.xml')
    fs.writeFileSync(empty, '')
    await assert.rejects(readCinFile(empty, {}), /The file is empty/)
    await assert.rejects(readCinFile(path.join(dir, 'nope.xml'), {}), /no such file/)
    fs.rmSync(dir, { recursive: true })
  })
})
