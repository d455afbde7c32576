// The information governance commands, end to end on an embedded database folder.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { CommandIo } from '../../cli/io.ts'
import { main } from '../../cli/main.ts'
import { openDatabase } from '../../db/database.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { createChildWithRecords } from '../../../test/support/access-world.ts'

function captureIo(dataDir: string): CommandIo & { output: string[]; errors: string[] } {
  const output: string[] = []
  const errors: string[] = []
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), env: { SIGHTLINE_DATA_DIR: dataDir, SIGHTLINE_TODAY: '2026-11-23' } }
}

describe('sightline sar and sightline retention', () => {
  let dataDir: string
  let childId: number

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightline-dp-'))
    const database = await openDatabase({ kind: 'pglite', dataDir })
    await migrateToLatest(database.db as never)
    childId = (await createChildWithRecords(database.db)).childId
    await database.close()
  })
  after(() => {
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('writes a subject access export to a file only its owner can read, and audits it under the operator', async () => {
    const out = path.join(dataDir, 'export.json')
    const io = captureIo(dataDir)
    assert.equal(await main(['sar', '--child', String(childId), '--operator', 'ig.officer', '--out', out], io), 0)
    const data = JSON.parse(fs.readFileSync(out, 'utf8')) as { childId: number; generatedBy: string; records: Record<string, unknown[]> }
    assert.equal(data.childId, childId)
    assert.equal(data.generatedBy, 'operator:ig.officer')
    assert.ok(data.records.placement?.length)
    assert.equal(fs.statSync(out).mode & 0o077, 0)
  })

  it('refuses to run without an operator name', async () => {
    const io = captureIo(dataDir)
    assert.equal(await main(['sar', '--child', String(childId)], io), 2)
    assert.match(io.errors.join('\n'), /--operator/)
  })

  it('lists records due for review as CSV', async () => {
    const io = captureIo(dataDir)
    assert.equal(await main(['retention', '--operator', 'ig.officer', '--within', '0'], io), 0)
    assert.equal(io.output[0], 'child_id,record_type,kept_until,overdue')
    // The test child's only contact was on 1 January 2020: kept 6 years, so overdue since 1 January 2026.
    // Born in 2015, their looked-after file is kept to 2090 and is not listed.
    assert.deepEqual(io.output.filter((line) => line.startsWith(`${childId},`)), [`${childId},contact,2026-01-01,yes`])
  })
})
