import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase } from '../../test/support/test-database.ts'
import type { Database } from './database.ts'
import { writeAs } from './write.ts'

describe('every change to a case record is versioned', () => {
  let database: Database
  before(async () => {
    database = await openTestDatabase()
  })
  after(() => database.close())

  const newChild = () =>
    writeAs(database.db, { id: 'user:1' }, (trx) =>
      trx
        .insertInto('child')
        .values({ forename: 'Test', surname: 'Child', sex: 'F', date_of_birth: '2015-06-01' })
        .returning(['id', 'version', 'recorded_by'])
        .executeTakeFirstOrThrow(),
    )

  it('stamps a new record with who recorded it and version 1', async () => {
    const child = await newChild()
    assert.equal(child.version, 1)
    assert.equal(child.recorded_by, 'user:1')
  })

  it('keeps the previous row, who replaced it and when, and bumps the version', async () => {
    const child = await newChild()
    const at = new Date('2026-01-02T10:00:00Z')
    await writeAs(database.db, { id: 'user:2' }, (trx) => trx.updateTable('child').set({ surname: 'Changed' }).where('id', '=', child.id).execute(), { at })
    const now = await database.db.selectFrom('child').selectAll().where('id', '=', child.id).executeTakeFirstOrThrow()
    assert.equal(now.version, 2)
    assert.equal(now.updated_by, 'user:2')
    assert.equal(now.recorded_by, 'user:1')
    assert.equal(now.updated_at.toISOString(), at.toISOString())
    const history = await database.db.selectFrom('record_history').selectAll().where('table_name', '=', 'child').where('record_id', '=', child.id).execute()
    assert.equal(history.length, 1)
    assert.equal(history[0]?.version, 1)
    assert.equal(history[0]?.changed_by, 'user:2')
    assert.equal((history[0]?.row_data as { surname: string }).surname, 'Child')
    assert.equal(history[0]?.valid_to.toISOString(), at.toISOString())
  })

  it('records a deletion in the history with the child it belonged to', async () => {
    const child = await newChild()
    const note = await writeAs(database.db, { id: 'user:3' }, (trx) =>
      trx.insertInto('case_note').values({ child_id: child.id, note_date: '2026-01-01', kind: 'note', summary: 'A note' }).returning('id').executeTakeFirstOrThrow(),
    )
    await writeAs(database.db, { id: 'user:3' }, (trx) => trx.deleteFrom('case_note').where('id', '=', note.id).execute())
    const history = await database.db.selectFrom('record_history').selectAll().where('table_name', '=', 'case_note').where('record_id', '=', note.id).executeTakeFirstOrThrow()
    assert.equal(history.operation, 'DELETE')
    assert.equal(history.child_id, child.id)
  })

  it('refuses a change that does not say who is making it', async () => {
    const child = await newChild()
    await assert.rejects(
      database.db.updateTable('child').set({ surname: 'Anonymous' }).where('id', '=', child.id).execute(),
      /sightline\.actor is not set/,
    )
    await assert.rejects(
      database.db.insertInto('child').values({ forename: 'No', surname: 'Actor', sex: 'M', date_of_birth: '2015-01-01' }).execute(),
      /sightline\.actor is not set/,
    )
  })

  it('does not let the actor leak from one transaction into the next', async () => {
    await newChild()
    const setting = await sql<{ actor: string | null }>`select nullif(current_setting('sightline.actor', true), '') as actor`.execute(database.db)
    assert.equal(setting.rows[0]?.actor ?? null, null)
  })
})
