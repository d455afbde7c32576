// Recording the early help assessment and family plan on an open episode.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addEarlyHelpEpisode, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('record the early help assessment and family plan', () => {
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
    childId = await addChild(database.db, { forename: 'Otto', surname: 'Price', dateOfBirth: '2017-02-02' })
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-11-01', 'early_help_practitioner')
    client = app.client()
    await client.signIn(authority.users.earlyHelp)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs an open episode', async () => {
    assert.equal((await client.get(`/children/${childId}/record/early-help-plan`)).status, 409)
  })

  it('refuses a plan agreed before the assessment', async () => {
    episodeId = await addEarlyHelpEpisode(database.db, childId, { startDate: '2026-11-02' })
    await client.get(`/children/${childId}/record/early-help-plan`)
    const bad = await client.post(`/children/${childId}/record/early-help-plan`, { ...date('assessmentDate', '2026-11-10'), ...date('planDate', '2026-11-09') })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#planDate-day')
    assert.equal(bad.$('#planDate-day').val(), '9')
  })

  it('records both dates on the episode, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/early-help-plan`, { ...date('assessmentDate', '2026-11-10'), ...date('planDate', '2026-11-16') })
    assert.equal(ok.status, 302)
    const episode = await database.db.selectFrom('early_help_episode').selectAll().where('id', '=', episodeId).executeTakeFirstOrThrow()
    assert.deepEqual([episode.assessment_date, episode.plan_date], ['2026-11-10', '2026-11-16'])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['update', 'early_help_episode', String(episodeId)]])
  })

  it('is not asked twice', async () => {
    assert.equal((await client.get(`/children/${childId}/record/early-help-plan`)).status, 409)
  })
})
