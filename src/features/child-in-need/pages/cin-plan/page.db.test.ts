// Starting a child in need plan from the child's record: the guard, the errors and what is written.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('start a child in need plan', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Mia', surname: 'Tennant', dateOfBirth: '2018-02-14' })
    const referralId = await addReferral(database.db, childId, '2026-09-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-09-01')
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-09-02', authorisedDate: '2026-10-20' })
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('refuses a plan where the assessment is not yet authorised', async () => {
    const other = await addChild(database.db, { forename: 'Leo', surname: 'Tennant', dateOfBirth: '2020-05-01' })
    await addReferral(database.db, other, '2026-11-01', authority.teams.assessment)
    await allocate(database.db, other, authority.workers.socialWorker, authority.teams.assessment, '2026-11-01')
    const page = await client.get(`/children/${other}/record/cin-plan`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /follows an authorised assessment/)
  })

  it('leaves the plan to social workers and managers', async () => {
    const earlyHelp = app.client()
    await earlyHelp.signIn(authority.users.earlyHelp)
    assert.equal((await earlyHelp.get(`/children/${childId}/record/cin-plan`)).status, 403)
  })

  it('is offered on the record once the assessment is authorised', async () => {
    const page = await client.get(`/children/${childId}/record`)
    assert.ok(page.$('main a[href*="/record/"]').map((_i, el) => page.$(el).text()).get().includes('Start a child in need plan'))
  })

  it('refuses a start before the assessment was authorised, keeping what was typed', async () => {
    const form = await client.get(`/children/${childId}/record/cin-plan`)
    assert.equal(form.$('h1').text().trim(), 'Start a child in need plan')
    const bad = await client.post(`/children/${childId}/record/cin-plan`, date('startDate', '2026-10-19'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Start date of the plan must be on or after the date the assessment was authorised')
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#startDate-day')
    assert.equal(bad.$('#startDate-day').val(), '19')
  })

  it('starts the plan on the open referral, as the worker, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/cin-plan`, date('startDate', '2026-10-22'))
    assert.equal(ok.status, 302)
    const plan = await database.db.selectFrom('cin_plan').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(plan.start_date, '2026-10-22')
    assert.equal(plan.end_date, null)
    assert.equal(plan.worker_id, authority.workers.socialWorker)
    assert.match(plan.recorded_by, /^user:\d+$/)
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id, a.outcome]), [['create', 'cin_plan', String(plan.id), 'allowed']])
  })

  it('allows only one open plan', async () => {
    assert.equal((await client.get(`/children/${childId}/record/cin-plan`)).status, 409)
  })
})
