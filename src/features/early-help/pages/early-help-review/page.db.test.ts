// Reviewing the family plan: the due date from the timescale engine is stored beside the held date.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { writeAs } from '../../../../db/write.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addEarlyHelpEpisode, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('record an early help review', () => {
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
    childId = await addChild(database.db, { forename: 'Pia', surname: 'Lund', dateOfBirth: '2016-09-09' })
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    client = app.client()
    await client.signIn(authority.users.earlyHelp)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs a family plan to review', async () => {
    episodeId = await addEarlyHelpEpisode(database.db, childId, { startDate: '2026-09-14' })
    const page = await client.get(`/children/${childId}/record/early-help-review`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /agreed family plan/)
    await writeAs(database.db, { id: 'system:test-fixture' }, (trx) =>
      trx.updateTable('early_help_episode').set({ assessment_date: '2026-09-25', plan_date: '2026-10-01' }).where('id', '=', episodeId).execute(),
    )
  })

  it('refuses a review before the plan was agreed', async () => {
    await client.get(`/children/${childId}/record/early-help-review`)
    const bad = await client.post(`/children/${childId}/record/early-help-review`, { ...date('heldDate', '2026-09-30'), notes: 'Kept' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date of the review must be on or after the date the family plan was agreed')
    assert.equal(bad.$('#notes').text(), 'Kept')
  })

  it('records the review with the first-review due date from the engine, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/early-help-review`, { ...date('heldDate', '2026-11-10'), notes: 'Attendance up; keep the plan' })
    assert.equal(ok.status, 302)
    const review = await database.db.selectFrom('early_help_review').selectAll().where('episode_id', '=', episodeId).executeTakeFirstOrThrow()
    assert.equal(review.held_date, '2026-11-10')
    assert.equal(review.due_date, '2026-11-26', 'eight weeks after the plan was agreed')
    assert.equal(review.notes, 'Attendance up; keep the plan')
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['create', 'early_help_review', String(review.id)]])
  })

  it('is not for a social worker', async () => {
    const worker = app.client()
    await worker.signIn(authority.users.socialWorker)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-11-01')
    assert.equal((await worker.get(`/children/${childId}/record/early-help-review`)).status, 403)
  })
})
