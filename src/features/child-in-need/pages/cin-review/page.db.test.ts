// Reviewing a child in need plan: the due date it answered is stored beside the date it was held.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('review a child in need plan', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let planId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Ada', surname: 'Quayle', dateOfBirth: '2015-03-09' })
    const referralId = await addReferral(database.db, childId, '2026-07-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-07-01')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-07-02', authorisedDate: '2026-08-01' })
    planId = await addCinPlan(database.db, childId, referralId, '2026-08-10')
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('shows when the first review is due, 3 months from the start of the plan', async () => {
    const page = await client.get(`/children/${childId}/record/cin-review`)
    assert.equal(page.status, 200)
    assert.match(page.$('[data-qa=review-due]').text(), /10 November 2026/)
  })

  it('refuses a review before the plan started', async () => {
    const bad = await client.post(`/children/${childId}/record/cin-review`, date('heldDate', '2026-08-09'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date of the review must be on or after the start of the plan')
  })

  it('records the review with the due date it answered, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/cin-review`, date('heldDate', '2026-11-12'))
    assert.equal(ok.status, 302)
    const review = await database.db.selectFrom('cin_plan_review').selectAll().where('cin_plan_id', '=', planId).executeTakeFirstOrThrow()
    assert.equal(review.held_date, '2026-11-12')
    assert.equal(review.due_date, '2026-11-10')
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['create', 'cin_plan_review', String(review.id)]])
  })

  it('runs the next review from the last one', async () => {
    const page = await client.get(`/children/${childId}/record/cin-review`)
    assert.match(page.$('[data-qa=review-due]').text(), /12 February 2027/)
    const bad = await client.post(`/children/${childId}/record/cin-review`, date('heldDate', '2026-11-11'))
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date of the review must be on or after the date of the last review')
  })

  it('refuses a review where there is no plan', async () => {
    const other = await addChild(database.db, { forename: 'Bo', surname: 'Quayle', dateOfBirth: '2017-01-01' })
    await addReferral(database.db, other, '2026-11-01', authority.teams.assessment)
    await allocate(database.db, other, authority.workers.socialWorker, authority.teams.assessment, '2026-11-01')
    assert.equal((await client.get(`/children/${other}/record/cin-review`)).status, 409)
  })
})
