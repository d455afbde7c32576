// The command an operator runs, end to end on an embedded database folder.
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import type { CommandIo } from '../../cli/io.ts'
import { main } from '../../cli/main.ts'
import { openDatabase } from '../../db/database.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { createAuditService } from '../../platform/audit/audit.ts'
import { fixedClock } from '../../platform/time/clock.ts'

function captureIo(dataDir: string): CommandIo & { output: string[]; errors: string[] } {
  const output: string[] = []
  const errors: string[] = []
  return { output, errors, out: (t) => output.push(t), err: (t) => errors.push(t), env: { SIGHTLINE_DATA_DIR: dataDir } }
}

describe('sightline audit verify', () => {
  let dataDir: string
  let editedId: number

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightline-audit-'))
    const database = await openDatabase({ kind: 'pglite', dataDir })
    await migrateToLatest(database.db as never)
    const audit = createAuditService(database.db, fixedClock('2026-11-23'))
    const principal = { userId: 7, username: 'sam', displayName: 'Sam', role: 'team_manager' as const, workerId: null, teamIds: [] }
    for (let i = 1; i <= 3; i++) await audit.record({ principal, action: 'view', recordType: 'child', childId: i, recordId: i, outcome: 'allowed' })
    const middle = await database.db.selectFrom('audit_event').select('id').orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow()
    editedId = Number(middle.id)
    await database.close()
  })
  after(() => {
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('says the trail is intact and exits 0', async () => {
    const io = captureIo(dataDir)
    assert.equal(await main(['audit', 'verify'], io), 0)
    assert.match(io.output.join('\n'), /Audit trail intact: 3 entries/)
  })

  it('exits 1 and names the tampered entry after someone edits a row', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir })
    await sql`alter table audit_event disable trigger user`.execute(database.db)
    await database.db.updateTable('audit_event').set({ username: 'someone-else' }).where('id', '=', editedId).execute()
    await database.close()
    const io = captureIo(dataDir)
    assert.equal(await main(['audit', 'verify'], io), 1)
    assert.match(io.errors.join('\n'), new RegExp(`Audit entry ${editedId} was changed after it was written`))
  })

  it('explains its usage when the subcommand is missing', async () => {
    const io = captureIo(dataDir)
    assert.equal(await main(['audit'], io), 2)
    assert.match(io.errors.join('\n'), /Usage: sightline audit verify/)
  })
})
