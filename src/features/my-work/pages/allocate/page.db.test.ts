import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'

describe('allocate page', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let waiting: number
  let held: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    waiting = await addChild(database.db, { forename: 'Hal', surname: 'Waiting', dateOfBirth: '2013-03-03' })
    await addReferral(database.db, waiting, '2026-11-19', authority.teams.assessment)
    held = await addChild(database.db, { forename: 'Ivy', surname: 'Held', dateOfBirth: '2014-04-04' })
    await allocate(database.db, held, authority.workers.socialWorker, authority.teams.assessment, '2026-01-05')
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('pre-fills today and the role, and lists the team’s workers with their caseloads', async () => {
    const client = app.client()
    await client.signIn(authority.users.manager)
    const page = await client.get(`/children/${waiting}/allocate`)
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Allocate a worker')
    assert.equal(page.$('#startDate-day').val(), '23')
    assert.equal(page.$('input[name=role][value=social_worker]').attr('checked'), 'checked')
    assert.match(page.$('form').text(), /Jo Baxter/)
  })

  it('allocates an unallocated child from a referral to the team', async () => {
    const client = app.client()
    await client.signIn(authority.users.manager)
    await client.get(`/children/${waiting}/allocate`)
    const saved = await client.post(`/children/${waiting}/allocate`, {
      workerId: String(authority.workers.otherWorker), role: 'social_worker', 'startDate-day': '23', 'startDate-month': '11', 'startDate-year': '2026',
    })
    assert.equal(saved.status, 302)
    assert.equal(saved.location, `/children/${waiting}?saved=allocation`)
    const row = await database.db.selectFrom('allocation').selectAll().where('child_id', '=', waiting).executeTakeFirstOrThrow()
    assert.equal(row.worker_id, authority.workers.otherWorker)
    assert.equal(row.recorded_by.startsWith('user:'), true)
  })

  it('asks for a reason when the child already has a social worker, keeping what was entered', async () => {
    const client = app.client()
    await client.signIn(authority.users.manager)
    await client.get(`/children/${held}/allocate`)
    const page = await client.post(`/children/${held}/allocate`, {
      workerId: String(authority.workers.otherWorker), role: 'social_worker', 'startDate-day': '20', 'startDate-month': '11', 'startDate-year': '2026',
    })
    assert.equal(page.status, 400)
    assert.equal(page.$('title').text().trim(), 'Error: Allocate: Ivy Held – Sightline')
    assert.equal(page.$('.govuk-error-summary__list a').attr('href'), '#reason')
    assert.equal(page.$('.govuk-error-summary__list a').text().trim(), 'Select the reason for the change of worker')
    assert.equal(page.$('#startDate-day').val(), '20')
    assert.equal(page.$(`input[name=workerId][value=${authority.workers.otherWorker}]`).attr('checked'), 'checked')
  })

  it('reallocates with a reason: the old allocation ends the day the new one starts', async () => {
    const client = app.client()
    await client.signIn(authority.users.manager)
    await client.get(`/children/${held}/allocate`)
    const saved = await client.post(`/children/${held}/allocate`, {
      workerId: String(authority.workers.otherWorker), role: 'social_worker', reason: 'LEFTRL', 'startDate-day': '20', 'startDate-month': '11', 'startDate-year': '2026',
    })
    assert.equal(saved.status, 302)
    const rows = await database.db.selectFrom('allocation').selectAll().where('child_id', '=', held).orderBy('id').execute()
    assert.equal(rows[0]?.end_date, '2026-11-20')
    assert.equal(rows[1]?.change_reason, 'LEFTRL')
    const audit = await database.db.selectFrom('audit_event').selectAll().where('child_id', '=', held).where('action', '=', 'create').execute()
    assert.equal(audit.length, 1)
  })

  it('refuses social workers', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    assert.equal((await client.get(`/children/${held}/allocate`)).status, 403)
  })
})
