// Ending an early help episode for a reason other than a step up.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addEarlyHelpEpisode, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('end an early help episode', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let episodeId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Uma', surname: 'Fox', dateOfBirth: '2018-10-10' })
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-09-01')
    client = app.client()
    await client.signIn(authority.users.earlyHelp)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs an open episode', async () => {
    assert.equal((await client.get(`/children/${childId}/record/end-early-help`)).status, 409)
  })

  it('is not for a social worker', async () => {
    episodeId = await addEarlyHelpEpisode(database.db, childId, { startDate: '2026-09-07', planDate: '2026-09-21' })
    const worker = app.client()
    await worker.signIn(authority.users.socialWorker)
    assert.equal((await worker.get(`/children/${childId}/record/end-early-help`)).status, 403)
  })

  it('refuses an end before the family plan was agreed, keeping the reason chosen', async () => {
    await client.get(`/children/${childId}/record/end-early-help`)
    const bad = await client.post(`/children/${childId}/record/end-early-help`, { ...date('endDate', '2026-09-20'), endReason: 'outcomes_met' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'End date must be on or after the date the family plan was agreed')
    assert.equal(bad.$('input[name=endReason][value=outcomes_met]').attr('checked'), 'checked')
  })

  it('ends the episode with its reason, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/end-early-help`, { ...date('endDate', '2026-11-20'), endReason: 'outcomes_met' })
    assert.equal(ok.status, 302)
    const episode = await database.db.selectFrom('early_help_episode').selectAll().where('id', '=', episodeId).executeTakeFirstOrThrow()
    assert.deepEqual([episode.end_date, episode.end_reason], ['2026-11-20', 'outcomes_met'])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['update', 'early_help_episode', String(episodeId)]])
  })
})
