// Starting an early help episode from the child's record.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('start an early help episode', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Noor', surname: 'Blake', dateOfBirth: '2019-06-01' })
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-11-01', 'early_help_practitioner')
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-11-01')
    client = app.client()
    await client.signIn(authority.users.earlyHelp)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('is for early help practitioners and managers, not social workers', async () => {
    const worker = app.client()
    await worker.signIn(authority.users.socialWorker)
    assert.equal((await worker.get(`/children/${childId}/record/early-help`)).status, 403)
  })

  it('is offered on a record with no open episode', async () => {
    const page = await client.get(`/children/${childId}/record`)
    assert.deepEqual(page.$('main a[href*="/record/"]').map((_i, el) => page.$(el).text()).get(), ['Start an early help episode'])
  })

  it('asks for the reason, keeping the date typed', async () => {
    await client.get(`/children/${childId}/record/early-help`)
    const bad = await client.post(`/children/${childId}/record/early-help`, { ...date('startDate', '2026-11-16'), reason: '' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Enter the reason for early help')
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#reason')
    assert.equal(bad.$('#startDate-day').val(), '16')
  })

  it('starts the episode with the practitioner as lead worker, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/early-help`, { ...date('startDate', '2026-11-16'), reason: 'Support with routines after a house move' })
    assert.equal(ok.status, 302)
    const episode = await database.db.selectFrom('early_help_episode').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(episode.start_date, '2026-11-16')
    assert.equal(episode.reason, 'Support with routines after a house move')
    assert.equal(episode.lead_worker_id, authority.workers.earlyHelp)
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id, a.username]), [['create', 'early_help_episode', String(episode.id), authority.users.earlyHelp]])
  })

  it('allows one open episode at a time', async () => {
    assert.equal((await client.get(`/children/${childId}/record/early-help`)).status, 409)
  })
})
