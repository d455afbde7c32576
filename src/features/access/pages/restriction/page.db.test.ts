import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { canSeeChild } from '../../../../platform/access/child-access.ts'
import type { Principal } from '../../../../platform/auth/principal.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { allocate, createChildWithRecords, createPrincipal, createTeam, createWorker } from '../../../../../test/support/access-world.ts'

const TODAY = '2026-11-23'

describe('restricting a record and naming who can see it', () => {
  let database: Database
  let app: TestApp
  let manager: Principal
  let worker: Principal
  let childId: number
  let client: TestClient
  const url = () => `/access/children/${childId}/restriction`

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: TODAY })
    const { db } = database
    const team = await createTeam(db)
    const managerWorker = await createWorker(db, { teamId: team, role: 'team_manager' })
    const workerId = await createWorker(db, { teamId: team, role: 'social_worker', managerId: managerWorker })
    manager = await createPrincipal(db, 'team_manager', managerWorker)
    worker = await createPrincipal(db, 'social_worker', workerId)
    childId = (await createChildWithRecords(db)).childId
    await allocate(db, { childId, workerId, teamId: team })
    client = app.client()
    await client.signIn(manager.username)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('asks for a reason before restricting', async () => {
    await client.get(url())
    const page = await client.post(url(), { action: 'restrict', restrictionReason: '  ' })
    assert.equal(page.status, 400)
    assert.equal(page.$('.govuk-error-summary__list a').attr('href'), '#restrictionReason')
    assert.equal(page.$('.govuk-error-summary__list a').text().trim(), 'Enter why the restriction is changing')
  })

  it('restricts the record: the manager keeps it, the allocated worker loses it, and the change is versioned', async () => {
    await client.get(url())
    const page = await client.post(url(), { action: 'restrict', restrictionReason: 'Relative of a member of staff' })
    assert.equal(page.status, 302)
    assert.equal(page.location, url())
    assert.equal(await canSeeChild(database.db, manager, childId, TODAY), true)
    assert.equal(await canSeeChild(database.db, worker, childId, TODAY), false)
    const history = await database.db.selectFrom('record_history').select('changed_by').where('table_name', '=', 'child').where('record_id', '=', childId).execute()
    assert.deepEqual(history, [{ changed_by: `user:${manager.userId}` }])
  })

  it('says when there is no account with the username given, keeping what was typed', async () => {
    await client.get(url())
    const page = await client.post(`/access/children/${childId}/grants`, { username: 'nobody.here', grantReason: 'Allocated worker' })
    assert.equal(page.status, 400)
    assert.equal(page.$('.govuk-error-summary__list a').text().trim(), 'There is no active account with that username')
    assert.equal(page.$('#username').val(), 'nobody.here')
  })

  it('will not name someone whose role never reads case records', async () => {
    const admin = await createPrincipal(database.db, 'administrator', null)
    await client.get(url())
    const page = await client.post(`/access/children/${childId}/grants`, { username: admin.username, grantReason: 'Needs to see it' })
    assert.equal(page.status, 400)
    assert.match(page.$('.govuk-error-summary__list a').text(), /role does not give access to case records/)
  })

  it('gives the allocated worker a named grant, then takes it away', async () => {
    await client.get(url())
    const granted = await client.post(`/access/children/${childId}/grants`, { username: worker.username, grantReason: 'Allocated worker' })
    assert.equal(granted.status, 302)
    assert.equal(await canSeeChild(database.db, worker, childId, TODAY), true)

    const page = await client.get(url())
    const revokeForm = page.$(`button[aria-label="Remove access for ${worker.displayName}"]`).closest('form')
    const revoked = await client.post(revokeForm.attr('action') as string, {})
    assert.equal(revoked.status, 302)
    assert.equal(await canSeeChild(database.db, worker, childId, TODAY), false)
  })

  it('audits each change with who made it', async () => {
    const entries = await database.db
      .selectFrom('audit_event')
      .select(['action', 'record_type'])
      .where('user_id', '=', manager.userId)
      .where('child_id', '=', childId)
      .where('action', '!=', 'view')
      .orderBy('id')
      .execute()
    assert.deepEqual(entries, [
      { action: 'update', record_type: 'child_restriction' },
      { action: 'create', record_type: 'access_grant' },
      { action: 'delete', record_type: 'access_grant' },
    ])
  })

  it('answers "not found" to a manager of another team', async () => {
    const otherTeam = await createTeam(database.db)
    const other = await createPrincipal(database.db, 'team_manager', await createWorker(database.db, { teamId: otherTeam, role: 'team_manager' }))
    const otherClient = app.client()
    await otherClient.signIn(other.username)
    assert.equal((await otherClient.get(url())).status, 404)
  })
})
