// Ending a child in need plan: the plan ends, the case stays open.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('end a child in need plan', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let referralId: number
  let planId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Rhys', surname: 'Oduya', dateOfBirth: '2016-07-21' })
    referralId = await addReferral(database.db, childId, '2026-07-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-07-01')
    await allocate(database.db, childId, authority.workers.personalAdviser, authority.teams.leavingCare, '2026-07-01', 'personal_adviser')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-07-02', authorisedDate: '2026-08-01' })
    planId = await addCinPlan(database.db, childId, referralId, '2026-08-10')
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('is not for a personal adviser', async () => {
    const adviser = app.client()
    await adviser.signIn(authority.users.personalAdviser)
    assert.equal((await adviser.get(`/children/${childId}/record/end-cin-plan`)).status, 403)
  })

  it('refuses an end date in the future', async () => {
    await client.get(`/children/${childId}/record/end-cin-plan`)
    const bad = await client.post(`/children/${childId}/record/end-cin-plan`, date('endDate', '2026-11-24'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'End date of the plan must be today or in the past')
  })

  it('ends the plan and leaves the referral open, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/end-cin-plan`, date('endDate', '2026-11-20'))
    assert.equal(ok.status, 302)
    const plan = await database.db.selectFrom('cin_plan').selectAll().where('id', '=', planId).executeTakeFirstOrThrow()
    assert.equal(plan.end_date, '2026-11-20')
    const referral = await database.db.selectFrom('referral').selectAll().where('id', '=', referralId).executeTakeFirstOrThrow()
    assert.equal(referral.closure_date, null)
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['update', 'cin_plan', String(planId)]])
  })

  it('shows the end of the plan in the chronology', async () => {
    const page = await client.get(`/children/${childId}/chronology`)
    assert.match(page.$('tbody').text(), /Child in need plan ended/)
  })

  it('has nothing to end once the plan has ended', async () => {
    assert.equal((await client.get(`/children/${childId}/record/end-cin-plan`)).status, 409)
  })
})
