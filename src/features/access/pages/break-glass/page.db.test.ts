import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { canSeeChild } from '../../../../platform/access/child-access.ts'
import type { Principal } from '../../../../platform/auth/principal.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { allocate, createChildWithRecords, createPrincipal, createTeam, createWorker } from '../../../../../test/support/access-world.ts'

const TODAY = '2026-11-23'
const HOSTILE = `Police at the door '); drop table child; -- <script>alert("x")</script>`

describe('break-glass page', () => {
  let database: Database
  let app: TestApp
  let worker: Principal
  let manager: Principal
  let otherTeamChild: number
  let restrictedChild: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: TODAY })
    const { db } = database
    const team = await createTeam(db)
    const otherTeam = await createTeam(db)
    const managerWorker = await createWorker(db, { teamId: team, role: 'team_manager' })
    const workerId = await createWorker(db, { teamId: team, role: 'social_worker', managerId: managerWorker })
    const stranger = await createWorker(db, { teamId: otherTeam, role: 'social_worker' })
    worker = await createPrincipal(db, 'social_worker', workerId)
    manager = await createPrincipal(db, 'team_manager', managerWorker)
    otherTeamChild = (await createChildWithRecords(db)).childId
    restrictedChild = (await createChildWithRecords(db, { restricted: true })).childId
    for (const childId of [otherTeamChild, restrictedChild]) await allocate(db, { childId, workerId: stranger, teamId: otherTeam })
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('shows the form with a warning that the manager will be told', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    const page = await client.get(`/access/break-glass?childId=${otherTeamChild}`)
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Emergency access to a child’s record')
    assert.equal(page.$('#childId').val(), String(otherTeamChild))
    assert.match(page.$('.govuk-warning-text').text(), /Your manager will see/)
  })

  it('asks for a number and a reason, keeping what was typed', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    await client.get('/access/break-glass')
    const page = await client.post('/access/break-glass', { childId: 'abc', reason: '' })
    assert.equal(page.status, 400)
    assert.equal(page.$('title').text().trim(), 'Error: Emergency access to a child’s record – Sightline')
    assert.deepEqual(
      page.$('.govuk-error-summary__list a').map((_i, a) => page.$(a).attr('href')).get(),
      ['#childId', '#reason'],
    )
    assert.equal(page.$('#childId').val(), 'abc')
  })

  it('opens a child outside the team, records the reason exactly as typed and redirects to the record', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    assert.equal(await canSeeChild(database.db, worker, otherTeamChild, TODAY), false)
    await client.get('/access/break-glass')
    const page = await client.post('/access/break-glass', { childId: String(otherTeamChild), reason: HOSTILE })
    assert.equal(page.status, 302)
    assert.equal(page.location, `/children/${otherTeamChild}`)
    assert.equal(await canSeeChild(database.db, worker, otherTeamChild, TODAY), true)
    const entry = await database.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'break_glass')
      .where('child_id', '=', otherTeamChild)
      .executeTakeFirstOrThrow()
    assert.equal(entry.outcome, 'allowed')
    assert.equal(entry.reason, HOSTILE)
    assert.equal(entry.user_id, worker.userId)
    assert.equal(entry.role, 'social_worker')
    assert.match(entry.request_id ?? '', /^[\w-]{8,}$/)
  })

  it('gives a restricted child the same answer as a missing one, and audits the refusal', async () => {
    const client = app.client()
    await client.signIn(worker.username)
    await client.get('/access/break-glass')
    const restricted = await client.post('/access/break-glass', { childId: String(restrictedChild), reason: 'Out of hours call from police' })
    const missing = await client.post('/access/break-glass', { childId: '2147483000', reason: 'Out of hours call from police' })
    assert.equal(restricted.status, 400)
    assert.equal(restricted.$('.govuk-error-summary').text(), missing.$('.govuk-error-summary').text())
    assert.equal(await canSeeChild(database.db, worker, restrictedChild, TODAY), false)
    const refused = await database.db.selectFrom('audit_event').select('outcome').where('action', '=', 'break_glass').where('child_id', '=', restrictedChild).execute()
    assert.deepEqual(refused, [{ outcome: 'refused' }])
  })

  it('shows on the manager’s report with the reason escaped, not run', async () => {
    const client = app.client()
    await client.signIn(manager.username)
    const page = await client.get('/audit/access-exceptions')
    assert.equal(page.status, 200)
    const texts = page.$('.sl-audit-table tbody tr').map((_i, row) => page.$(row).text()).get()
    assert.ok(texts.some((text) => text.includes('Emergency access') && text.includes(HOSTILE) && text.includes(worker.username)))
    assert.equal(page.$('.sl-audit-table script').length, 0)
    assert.ok(page.html.includes('&lt;script&gt;'))
  })

  it('is not offered to an administrator', async () => {
    const admin = await createPrincipal(database.db, 'administrator', null)
    const client = app.client()
    await client.signIn(admin.username)
    const page = await client.get('/access/break-glass')
    assert.equal(page.status, 403)
  })
})
