import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { after, describe, test } from 'node:test'
import type { CommandIo } from '../../../cli/io.ts'
import { cleanReturn, rowOf } from './testing/clean-return.ts'
import { temporaryFolder, writeReturn } from './testing/write-return.ts'
import { validate903Command } from './validate-command.ts'

const folders: string[] = []
after(() => folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true })))

function capture(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), env: {} }
}

function returnFolder(change?: (fixture: ReturnType<typeof cleanReturn>) => void): { current: string; previous: string } {
  const fixture = cleanReturn(2026)
  change?.(fixture)
  const current = temporaryFolder()
  const previous = temporaryFolder()
  folders.push(current, previous)
  writeReturn(current, fixture.current)
  writeReturn(previous, fixture.previous)
  return { current, previous }
}

describe('sightline validate 903', () => {
  test('exits 0 and says so when the return passes every check', async () => {
    const io = capture()
    const { current, previous } = returnFolder()
    assert.equal(await validate903Command.run(['903', current, '--year', '2026', '--prev', previous], io), 0)
    assert.match(io.stdout.join('\n'), /2025\/26 903 return passed every check/)
  })

  test('exits 1 and prints findings as JSON with --json', async () => {
    const io = capture()
    const { current } = returnFolder((f) => void (rowOf(f.current, 'Header', 'C1').SEX = 'X'))
    assert.equal(await validate903Command.run([current, '--year=2026', '--json'], io), 1)
    const output = JSON.parse(io.stdout.join('')) as { errors: unknown[] }
    assert.deepEqual(output.errors, [
      { code: '101', table: 'Header', row: 0, child: 'C1', fields: ['SEX'], message: 'Gender code is not valid.' },
    ])
  })

  test('compares with last year when given --prev', async () => {
    const io = capture()
    const { current, previous } = returnFolder((f) => void (rowOf(f.previous, 'Header', 'C1').DOB = '01/01/2000'))
    assert.equal(await validate903Command.run(['903', current, '--year', '2026', '--prev', previous, '--json'], io), 1)
    assert.deepEqual(
      (JSON.parse(io.stdout.join('')) as { errors: { code: string }[] }).errors.map((e) => e.code),
      ['203'],
    )
  })

  test('prints one line per finding and a count without --json', async () => {
    const io = capture()
    const { current } = returnFolder((f) => void (rowOf(f.current, 'Header', 'C1').SEX = 'X'))
    assert.equal(await validate903Command.run(['903', current, '--year', '2026'], io), 1)
    assert.deepEqual(io.stdout, ['101       Header, row 0, child C1 [SEX]: Gender code is not valid.', '1 finding in the 2025/26 903 return.'])
  })

  for (const [args, problem] of [
    [['903'], 'no folder'],
    [['903', '.'], 'no year'],
    [['903', '.', '--year', '2019'], 'an unsupported year'],
    [['903', '.', '--year', 'next'], 'a year that is not a number'],
    [['903', path.join('no', 'such', 'folder'), '--year', '2026'], 'a folder that does not exist'],
    [['903', '.', '--year', '2026', '--prev'], '--prev without a folder'],
    [['903', '.', '--year', '2026', '--colour'], 'an unknown option'],
  ] as const) {
    test(`exits 2 with the usage line given ${problem}`, async () => {
      const io = capture()
      assert.equal(await validate903Command.run([...args], io), 2)
      assert.match(io.stderr.join('\n'), /Usage: sightline validate 903 DIR --year YYYY/)
    })
  }
})
