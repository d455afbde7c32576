// The three audit pages, on one world: a team with a manager and a worker, another team with its
// own manager, and a child allocated to each team.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts'
import { allocate, createChildWithRecords, createPrincipal, createTeam, createWorker } from '../../../test/support/access-world.ts'

describe('audit pages', () => {
  let database: Database
  let app: TestApp
  let worker: Principal
  let manager: Principal
  let otherManager: Principal
  let teamChild: number
  let otherChild: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db)
    const { db } = database
    const team = await createTeam(db)
    const otherTeam = await createTeam(db)
    const managerWorker = await createWorker(db, { teamId: team, role: 'team_manager' })
    const workerId = await createWorker(db, { teamId: team, role: 'social_worker', managerId: managerWorker })
    const otherManagerWorker = await createWorker(db, { teamId: otherTeam, role: 'team_manager' })
    manager = await createPrincipal(db, 'team_manager', managerWorker)
    worker = await createPrincipal(db, 'social_worker', workerId)
    otherManager = await createPrincipal(db, 'team_manager', otherManagerWorker)
    teamChild = (await createChildWithRecords(db)).childId
    otherChild = (await createChildWithRecords(db)).childId
    await allocate(db, { childId: teamChild, workerId, teamId: team })
    await allocate(db, { childId: otherChild, workerId: otherManagerWorker, teamId: otherTeam })
    // The worker reads their child's record and tries another team's, as the casework pages would record it.
    await app.deps.audit.record({ principal: worker, action: 'view', recordType: 'child', recordId: teamChild, childId: teamChild, outcome: 'allowed', requestId: 'req-view-1' })
    await app.deps.audit.record({ principal: worker, action: 'view', recordType: 'child', recordId: otherChild, childId: otherChild, outcome: 'refused', reason: 'not visible to this user', requestId: 'req-view-2' })
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  describe('who has viewed this child', () => {
    it('lists the people who opened the record, with their role', async () => {
      const client = app.client()
      await client.signIn(manager.username)
      const page = await client.get(`/audit/children/${teamChild}`)
      assert.equal(page.status, 200)
      assert.equal(page.$('h1').text().trim(), 'Who has viewed this child’s record')
      const text = page.$('.sl-audit-table tbody').text()
      assert.match(text, new RegExp(`${worker.username} \\(Social worker\\)`))
    })

    it('records that the manager looked at who has viewed the child', async () => {
      const entries = await database.db
        .selectFrom('audit_event')
        .select(['outcome', 'record_type'])
        .where('user_id', '=', manager.userId)
        .where('child_id', '=', teamChild)
        .execute()
      assert.deepEqual(entries, [{ outcome: 'allowed', record_type: 'child_audit' }])
    })

    it('answers "not found" for another team’s child and audits the refusal', async () => {
      const client = app.client()
      await client.signIn(manager.username)
      const page = await client.get(`/audit/children/${otherChild}`)
      assert.equal(page.status, 404)
      assert.equal(page.$('h1').text().trim(), 'Page not found')
      assert.equal(page.$('.sl-audit-table').length, 0)
      const refusal = await database.db
        .selectFrom('audit_event')
        .select(['outcome', 'child_id', 'role'])
        .where('user_id', '=', manager.userId)
        .where('outcome', '=', 'refused')
        .executeTakeFirstOrThrow()
      assert.deepEqual(refusal, { outcome: 'refused', child_id: otherChild, role: 'team_manager' })
    })

    it('answers "not found" for an id that is not a number, and audits it without a child', async () => {
      const client = app.client()
      await client.signIn(otherManager.username)
      const page = await client.get(`/audit/children/1%20or%201=1`)
      assert.equal(page.status, 404)
      const refusal = await database.db
        .selectFrom('audit_event')
        .select(['child_id', 'record_id'])
        .where('user_id', '=', otherManager.userId)
        .where('outcome', '=', 'refused')
        .executeTakeFirstOrThrow()
      assert.deepEqual(refusal, { child_id: null, record_id: '1 or 1=1' })
    })

    it('is not open to a social worker', async () => {
      const client = app.client()
      await client.signIn(worker.username)
      assert.equal((await client.get(`/audit/children/${teamChild}`)).status, 403)
    })
  })

  describe('your access history', () => {
    it('shows a person their own reads and refusals, and nobody else’s', async () => {
      const client = app.client()
      await client.signIn(worker.username)
      const page = await client.get('/audit/my-access')
      assert.equal(page.status, 200)
      assert.equal(page.$('h1').text().trim(), 'Your access history')
      const rows = page.$('.sl-audit-table tbody tr').map((_i, row) => page.$(row).text().replace(/\s+/g, ' ').trim()).get()
      const reads = rows.filter((row) => row.includes('Viewed'))
      assert.equal(reads.length, 2)
      assert.match(reads[0] ?? '', new RegExp(`child ${otherChild} ${otherChild} Refused`))
      assert.ok(rows.some((row) => row.includes('Signed in')))
      assert.doesNotMatch(page.$('.sl-audit-table').text(), /child audit/)
    })
  })

  describe('refused and emergency access', () => {
    it('shows a manager their own staff’s refusals', async () => {
      const client = app.client()
      await client.signIn(manager.username)
      const page = await client.get('/audit/access-exceptions')
      assert.equal(page.status, 200)
      assert.match(page.$('.sl-audit-table tbody').text(), new RegExp(worker.username))
    })

    it('does not show another team’s manager those refusals', async () => {
      const client = app.client()
      await client.signIn(otherManager.username)
      const page = await client.get('/audit/access-exceptions')
      assert.doesNotMatch(page.html, new RegExp(worker.username))
    })

    it('shows a senior leader everyone’s', async () => {
      const leader = await createPrincipal(database.db, 'senior_leader', null)
      const client = app.client()
      await client.signIn(leader.username)
      const page = await client.get('/audit/access-exceptions')
      assert.match(page.$('.sl-audit-table tbody').text(), new RegExp(worker.username))
    })
  })
})
