// Recording a core group meeting for a child on a child protection plan.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addCpPlan, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('record a core group meeting', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let referralId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Ned', surname: 'Carr', dateOfBirth: '2020-01-20' })
    referralId = await addReferral(database.db, childId, '2026-10-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-10-01')
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-10-01', 'early_help_practitioner')
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs an open child protection plan', async () => {
    const page = await client.get(`/children/${childId}/record/core-group`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /needs an open child protection plan/)
  })

  it('is not for an early help practitioner', async () => {
    await addCpPlan(database.db, childId, referralId, '2026-11-02')
    const earlyHelp = app.client()
    await earlyHelp.signIn(authority.users.earlyHelp)
    assert.equal((await earlyHelp.get(`/children/${childId}/record/core-group`)).status, 403)
  })

  it('shows the first core group due 10 working days after the conference', async () => {
    const page = await client.get(`/children/${childId}/record/core-group`)
    assert.equal(page.$('[data-qa=first-due]').text(), '16 November 2026')
  })

  it('refuses a meeting before the plan started', async () => {
    const bad = await client.post(`/children/${childId}/record/core-group`, date('heldDate', '2026-11-01'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date of the core group meeting must be on or after the start of the plan')
  })

  it('records the meeting against the plan, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/core-group`, date('heldDate', '2026-11-13'))
    assert.equal(ok.status, 302)
    const row = await database.db.selectFrom('core_group').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(row.held_date, '2026-11-13')
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['create', 'core_group', String(row.id)]])
  })

  it('shows the meeting in the chronology', async () => {
    const page = await client.get(`/children/${childId}/chronology`)
    assert.match(page.$('tbody').text(), /Core group meeting/)
  })
})
