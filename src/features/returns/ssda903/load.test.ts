import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import { load903Directory } from './load.ts'
import { cleanReturn } from './testing/clean-return.ts'
import { temporaryFolder, writeReturn } from './testing/write-return.ts'
import { validate903Directory } from './validate.ts'

const folders: string[] = []
after(() => folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true })))

/** The clean 2025/26 return as CSV files, with one file optionally replaced. */
function cleanFolder(replace: Record<string, string | Buffer> = {}): string {
  const folder = temporaryFolder()
  folders.push(folder)
  writeReturn(folder, cleanReturn(2026).current)
  for (const [file, content] of Object.entries(replace)) fs.writeFileSync(path.join(folder, file), content)
  return folder
}

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'
const codes = (findings: { code: string }[]) => findings.map((f) => f.code)

describe('load903Directory', () => {
  test('reads back every table of a return written as CSV', async () => {
    const { data, findings } = await load903Directory(cleanFolder(), 2026)
    assert.deepEqual(findings, [])
    const expected = cleanReturn(2026).current
    for (const [table, content] of Object.entries(expected)) assert.deepEqual(data[table as keyof typeof data]?.rows, content?.rows, table)
  })

  test('a clean return validates with no findings', async () => {
    assert.deepEqual(await validate903Directory(cleanFolder(), { year: 2026 }), [])
  })

  test('recognises a table by its header row whatever the file is called, in any column order, with a BOM and LF endings', async () => {
    const folder = cleanFolder()
    const text = fs.readFileSync(path.join(folder, 'header.csv'), 'utf8').split('\r\n')
    fs.rmSync(path.join(folder, 'header.csv'))
    const reordered = text.filter(Boolean).map((line) => {
      const cells = line.split(',')
      return [cells[6], ...cells.slice(0, 6)].join(',')
    })
    fs.writeFileSync(path.join(folder, 'children 2026.csv'), `\uFEFF${reordered.join('\n')}\n`)
    const { data, findings } = await load903Directory(folder, 2026)
    assert.deepEqual(findings, [])
    assert.equal(data.Header?.rows.length, 5)
  })

  test('a missing column is reported and the table is not validated', async () => {
    const { data, findings } = await load903Directory(cleanFolder({ 'header.csv': 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\r\nC1,F,15/06/2015,WBRI,UN1,0\r\n' }), 2026)
    assert.deepEqual(codes(findings), ['SL002'])
    assert.deepEqual(findings[0]?.fields, ['MC_DOB'])
    assert.equal(data.Header, undefined)
  })

  test('a header written in another case is reported as a missing and an unexpected column', async () => {
    const { findings } = await load903Directory(cleanFolder({ 'header.csv': `${HEADER.replace('ETHNIC', 'Ethnic')}\r\n` }), 2026)
    assert.deepEqual(codes(findings), ['SL002', 'SL003'])
  })

  test('a file that is no 903 table, and a DoLO file before 2026/27, are reported and left out', async () => {
    const folder = cleanFolder({ 'notes.csv': 'name,comment\r\nx,y\r\n', 'dolo.csv': 'CHILD,DOB,DOLO_START,DOLO_END\r\n' })
    const { findings } = await load903Directory(folder, 2026)
    assert.deepEqual(codes(findings).sort(), ['SL001', 'SL001'])
  })

  test('an empty file is reported', async () => {
    assert.deepEqual(codes((await load903Directory(cleanFolder({ 'reviews.csv': '' }), 2026)).findings), ['SL008'])
  })

  test('a ragged row is reported with its row and first odd column, and the rest of the file still loads', async () => {
    const { data, findings } = await load903Directory(cleanFolder({ 'header.csv': `${HEADER}\r\nC1,F,15/06/2015\r\nC2,M,20/08/2017,WBRI,UN1,,\r\n` }), 2026)
    assert.deepEqual(
      findings.map((f) => [f.code, f.table, f.row]),
      [['SL005', 'Header', 0]],
    )
    assert.match(findings[0]?.message ?? '', /from column 4/)
    assert.equal(data.Header?.rows.length, 2)
  })

  test('a file that breaks CSV quoting is reported, not thrown', async () => {
    const { findings } = await load903Directory(cleanFolder({ 'header.csv': `${HEADER}\r\nC1,"F,15/06/2015\r\n` }), 2026)
    assert.deepEqual(codes(findings), ['SL006'])
  })

  test('bytes that are not UTF-8 are reported', async () => {
    const { findings } = await load903Directory(cleanFolder({ 'header.csv': Buffer.from([...Buffer.from(`${HEADER}\r\nC1,`), 0xff, 0x0d, 0x0a]) }), 2026)
    assert.deepEqual(codes(findings), ['SL006'])
  })

  test('a missing Header or Episodes file is reported', async () => {
    const folder = cleanFolder()
    fs.rmSync(path.join(folder, 'episodes.csv'))
    assert.deepEqual(codes((await load903Directory(folder, 2026)).findings), ['SL007'])
  })

  test('a second file for the same table is reported and ignored', async () => {
    const folder = cleanFolder()
    fs.copyFileSync(path.join(folder, 'header.csv'), path.join(folder, 'z-header-copy.csv'))
    assert.deepEqual(codes((await load903Directory(folder, 2026)).findings), ['SL004'])
  })

  test('findings point at the data row in the file even when blank lines were left out', async () => {
    const folder = cleanFolder()
    const file = path.join(folder, 'reviews.csv')
    const lines = fs.readFileSync(file, 'utf8').split('\r\n')
    lines.splice(1, 0, ',,,')
    fs.writeFileSync(file, lines.join('\r\n').replace('PN0', 'PN9'))
    const findings = await validate903Directory(folder, { year: 2026 })
    assert.deepEqual(
      findings.map((f) => [f.code, f.table, f.row, f.child]),
      [['167', 'Reviews', 5, 'C3']],
    )
  })

  test('duplicated rows, unknown codes and impossible dates all become findings', async () => {
    const folder = cleanFolder()
    const file = path.join(folder, 'missing.csv')
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\r\n')
    fs.writeFileSync(file, [...lines, lines[1], 'C1,15/06/2015,Q,30/02/2026,'].join('\r\n'))
    const found = codes(await validate903Directory(folder, { year: 2026 }))
    for (const code of ['SL014', '1006', '1004']) assert.ok(found.includes(code), `${code} in ${found.join(' ')}`)
  })
})
