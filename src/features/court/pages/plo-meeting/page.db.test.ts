// Pre-proceedings meetings: the initial meeting starts the process, reviews follow it.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('record a pre-proceedings meeting', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Tia', surname: 'Moreno', dateOfBirth: '2021-08-08' })
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-09-01')
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs an open referral', async () => {
    assert.equal((await client.get(`/children/${childId}/record/plo-meeting`)).status, 409)
  })

  it('is not for an early help practitioner', async () => {
    await addReferral(database.db, childId, '2026-10-01', authority.teams.assessment)
    const earlyHelp = app.client()
    await earlyHelp.signIn(authority.users.earlyHelp)
    assert.equal((await earlyHelp.get(`/children/${childId}/record/plo-meeting`)).status, 403)
  })

  it('refuses a review before pre-proceedings started, keeping the answers', async () => {
    const form = await client.get(`/children/${childId}/record/plo-meeting`)
    assert.equal(form.$('input[name=kind][value=initial]').attr('checked'), 'checked')
    const bad = await client.post(`/children/${childId}/record/plo-meeting`, { kind: 'review', ...date('meetingDate', '2026-11-02'), outcome: 'continue_pre_proceedings' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Record the initial pre-proceedings meeting first')
    assert.equal(bad.$('input[name=outcome][value=continue_pre_proceedings]').attr('checked'), 'checked')
  })

  it('records the initial meeting, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/plo-meeting`, { kind: 'initial', ...date('meetingDate', '2026-11-02'), outcome: 'continue_pre_proceedings' })
    assert.equal(ok.status, 302)
    const row = await database.db.selectFrom('plo_meeting').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.deepEqual([row.kind, row.meeting_date, row.outcome], ['initial', '2026-11-02', 'continue_pre_proceedings'])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['create', 'plo_meeting', String(row.id)]])
  })

  it('then offers a review that follows the initial meeting', async () => {
    const form = await client.get(`/children/${childId}/record/plo-meeting`)
    assert.match(form.$('[data-qa=plo-status]').text(), /Pre-proceedings since 2 November 2026/)
    assert.equal(form.$('input[name=kind][value=review]').attr('checked'), 'checked')
    const bad = await client.post(`/children/${childId}/record/plo-meeting`, { kind: 'review', ...date('meetingDate', '2026-11-01'), outcome: 'issue_proceedings' })
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date of the meeting must be on or after the last pre-proceedings meeting')
    const ok = await client.post(`/children/${childId}/record/plo-meeting`, { kind: 'review', ...date('meetingDate', '2026-11-16'), outcome: 'issue_proceedings' })
    assert.equal(ok.status, 302)
    const kinds = await database.db.selectFrom('plo_meeting').select(['kind', 'outcome']).where('child_id', '=', childId).orderBy('id').execute()
    assert.deepEqual(kinds.map((k) => [k.kind, k.outcome]), [['initial', 'continue_pre_proceedings'], ['review', 'issue_proceedings']])
  })
})
