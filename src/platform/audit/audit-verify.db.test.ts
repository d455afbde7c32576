import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { sql } from 'kysely'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { fixedClock } from '../time/clock.ts'
import { auditRowHash, createAuditService } from './audit.ts'
import { verifyAuditChain } from './audit-verify.ts'

const principal = { userId: 1, username: 'sam', displayName: 'Sam', role: 'social_worker' as const, workerId: null, teamIds: [] }

/** What someone with direct database access would have to do to tamper: turn the guard off first. */
async function asTamperer(database: Database, work: () => Promise<unknown>) {
  await sql`alter table audit_event disable trigger user`.execute(database.db)
  await work()
  await sql`alter table audit_event enable trigger user`.execute(database.db)
}

describe('audit chain verification', () => {
  let database: Database
  let ids: number[]

  beforeEach(async () => {
    database = await openTestDatabase()
    const audit = createAuditService(database.db, fixedClock('2026-11-23'))
    for (let childId = 1; childId <= 5; childId++) {
      await audit.record({ principal, action: 'view', recordType: 'child', recordId: childId, childId, outcome: 'allowed', requestId: `req-${childId}` })
    }
    ids = (await database.db.selectFrom('audit_event').select('id').orderBy('id').execute()).map((row) => Number(row.id))
  })
  afterEach(async () => {
    await database.close()
  })

  it('passes an untouched trail and reports its length and head hash', async () => {
    const result = await verifyAuditChain(database.db)
    assert.equal(result.ok, true)
    assert.ok(result.ok && result.entries === 5 && /^[0-9a-f]{64}$/.test(result.headHash))
  })

  it('names the entry whose content was edited', async () => {
    await asTamperer(database, () => database.db.updateTable('audit_event').set({ outcome: 'refused' }).where('id', '=', ids[2] as number).execute())
    const result = await verifyAuditChain(database.db)
    assert.equal(result.ok, false)
    assert.ok(!result.ok && result.brokenAtId === ids[2] && result.problem === 'edited')
    assert.match(!result.ok ? result.message : '', new RegExp(`Audit entry ${ids[2]} was changed`))
  })

  it('names the entry after a deleted one', async () => {
    await asTamperer(database, () => database.db.deleteFrom('audit_event').where('id', '=', ids[1] as number).execute())
    const result = await verifyAuditChain(database.db)
    assert.ok(!result.ok && result.brokenAtId === ids[2] && result.problem === 'missing_before')
  })

  it('catches an edit that also recomputes that entry’s own hash, at the entry after it', async () => {
    const target = ids[3] as number
    const row = await database.db.selectFrom('audit_event').selectAll().where('id', '=', target).executeTakeFirstOrThrow()
    const forged = { ...row, outcome: 'refused' }
    await asTamperer(database, () =>
      database.db.updateTable('audit_event').set({ outcome: 'refused', hash: auditRowHash(row.previous_hash, forged) }).where('id', '=', target).execute(),
    )
    const result = await verifyAuditChain(database.db)
    assert.ok(!result.ok && result.brokenAtId === ids[4] && result.problem === 'missing_before')
  })

  it('hashes in the database exactly as verification does, whatever was typed', async () => {
    const audit = createAuditService(database.db, fixedClock('2026-11-23'))
    await audit.record({ principal, action: 'break_glass', recordType: 'child', childId: 9, outcome: 'allowed', reason: 'Zoë’s foster carer rang 🚓 at 02:10 "urgent" \\ done' })
    assert.equal((await verifyAuditChain(database.db)).ok, true)
  })

  it('keeps one unbroken chain when many requests audit at once', async () => {
    const audit = createAuditService(database.db, fixedClock('2026-11-23'))
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => audit.record({ principal, action: 'view', recordType: 'child', childId: i, outcome: 'allowed', requestId: `parallel-${i}` })),
    )
    const result = await verifyAuditChain(database.db)
    assert.ok(result.ok && result.entries === 45)
  })

  it('the database refuses updates, deletes and truncation of the trail', async () => {
    await assert.rejects(database.db.updateTable('audit_event').set({ reason: 'x' }).execute(), /append-only/)
    await assert.rejects(database.db.deleteFrom('audit_event').execute(), /append-only/)
    await assert.rejects(sql`truncate audit_event`.execute(database.db), /append-only/)
  })
})
