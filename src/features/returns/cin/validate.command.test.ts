import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import type { CommandIo } from '../../../cli/io.ts'
import { cleanCensus } from './testing/clean-census.ts'
import { validateCinCommand } from './validate.command.ts'
import { censusXml } from './xml-write.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cin-cli-'))
after(() => fs.rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const full = path.join(dir, name)
  fs.writeFileSync(full, text)
  return full
}

function capture(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), env: {} }
}

async function run(args: string[]) {
  const io = capture()
  return { code: await validateCinCommand.run(args, io), io }
}

const clean = () => {
  const f = cleanCensus(2026)
  return censusXml(f.header, f.children)
}

describe('sightline validate cin', () => {
  test('exits 0 and prints no errors for a clean census', async () => {
    const { code, io } = await run(['cin', file('clean.xml', clean()), '--year', '2026', '--json'])
    assert.equal(code, 0)
    assert.deepEqual(JSON.parse(io.stdout.join('')), { errors: [], queries: [] })
  })

  test('exits 1 and lists each error with code, child, line, fields and message', async () => {
    const xml = clean().replace('<PrimaryNeedCode>N4</PrimaryNeedCode>', '<PrimaryNeedCode>N99</PrimaryNeedCode>')
    const { code, io } = await run(['cin', file('bad.xml', xml), '--year', '2026', '--json'])
    assert.equal(code, 1)
    const { errors } = JSON.parse(io.stdout.join('')) as { errors: Array<Record<string, unknown>> }
    const line = xml.split('\n').findIndex((l) => l.includes('N99')) + 1
    assert.deepEqual(errors, [{ code: '8650', child: 'C2', line, fields: ['PrimaryNeedCode'], message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)' }])
  })

  test('refuses a file with a DOCTYPE as one clear error, with no partial findings', async () => {
    const { code, io } = await run([file('xxe.xml', '<!DOCTYPE Message [<!ENTITY x SYSTEM "file:///etc/passwd">]><Message>&x;</Message>'), '--year', '2026', '--json'])
    assert.equal(code, 1)
    const { errors } = JSON.parse(io.stdout.join('')) as { errors: Array<{ code: string; message: string }> }
    assert.equal(errors.length, 1)
    assert.equal(errors[0]?.code, 'SLC000')
    assert.match(errors[0]?.message ?? '', /DOCTYPE/)
  })

  test('says clearly that an empty file is empty', async () => {
    const { code, io } = await run([file('empty.xml', ''), '--year', '2026'])
    assert.equal(code, 1)
    assert.match(io.stderr.join(''), /empty/)
  })

  test('is a usage error without a supported year or a file', async () => {
    await assert.rejects(validateCinCommand.run(['cin', 'x.xml', '--year', '2019'], capture()), /collection year/)
    await assert.rejects(validateCinCommand.run(['cin', '--year', '2026'], capture()), /Name one CIN census XML file/)
  })
})
