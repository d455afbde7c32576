// Closing a case: refused while a child protection plan or period of care is open (saying what to
// end first), otherwise the referral closes with its census reason and an open CIN plan ends.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addPeriodOfCare, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan, addCpPlan, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('close a case', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let manager: TestClient

  const openCase = async (forename: string) => {
    const childId = await addChild(database.db, { forename, surname: 'Hollis', dateOfBirth: '2014-04-04' })
    const referralId = await addReferral(database.db, childId, '2026-06-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-06-01')
    return { childId, referralId }
  }

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    manager = app.client()
    await manager.signIn(authority.users.manager)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('leaves closing a case to the team manager', async () => {
    const { childId } = await openCase('Ivy')
    const worker = app.client()
    await worker.signIn(authority.users.socialWorker)
    assert.equal((await worker.get(`/children/${childId}/record/close-case`)).status, 403)
  })

  it('refuses while a child protection plan is open, saying to end it first', async () => {
    const { childId, referralId } = await openCase('Jay')
    await addCpPlan(database.db, childId, referralId, '2026-07-01')
    const page = await manager.get(`/children/${childId}/record/close-case`)
    assert.equal(page.status, 409)
    assert.equal(page.$('h1').text().trim(), 'You cannot close this case yet')
    assert.match(page.$('title').text(), /^You cannot close this case yet – Sightline/)
    assert.match(page.$('main').text(), /End the child protection plan first/)
    assert.doesNotMatch(page.$('main').text(), /This record has changed/)
    const review = page.$('main a').filter((_i, a) => page.$(a).text().trim() === 'Record a child protection review conference')
    assert.equal(review.attr('href'), `/children/${childId}/record/cp-review`)
    assert.equal(page.$('main a').filter((_i, a) => page.$(a).text().trim() === 'Go back to the child’s record').attr('href'), `/children/${childId}`)
  })

  it('refuses while the child is looked after, saying to end the period of care first', async () => {
    const { childId } = await openCase('Kit')
    await addPeriodOfCare(database.db, childId, { startDate: '2026-08-01' })
    const page = await manager.get(`/children/${childId}/record/close-case`)
    assert.equal(page.status, 409)
    assert.equal(page.$('h1').text().trim(), 'You cannot close this case yet')
    assert.match(page.$('main').text(), /End the period of care first/)
    assert.equal(page.$('main a').filter((_i, a) => page.$(a).text().trim() === 'Record that the child stopped being looked after').attr('href'), `/children/${childId}/record/leave-care`)
    assert.equal((await database.db.selectFrom('referral').select('closure_date').where('child_id', '=', childId).executeTakeFirstOrThrow()).closure_date, null)
  })

  it('asks for a reason and refuses a closure before the plan started, keeping the input', async () => {
    const { childId, referralId } = await openCase('Lou')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-06-02', authorisedDate: '2026-07-10' })
    await addCinPlan(database.db, childId, referralId, '2026-07-15')
    const form = await manager.get(`/children/${childId}/record/close-case`)
    assert.equal(form.$('h1').text().trim(), 'Close the case')
    const bad = await manager.post(`/children/${childId}/record/close-case`, date('closureDate', '2026-07-14'))
    assert.equal(bad.status, 400)
    const errors = bad.$('.govuk-error-summary__list a').map((_i, el) => bad.$(el).text().trim()).get()
    assert.deepEqual(errors, ['Date the case closed must be on or after the start of the child in need plan', 'Select the reason the case closed'])
    assert.equal(bad.$('#closureDate-month').val(), '7')
  })

  it('closes the referral with its reason and ends the plan the same day, audited', async () => {
    const { childId, referralId } = await openCase('Max')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-06-02', authorisedDate: '2026-07-10' })
    const planId = await addCinPlan(database.db, childId, referralId, '2026-07-15')
    await manager.get(`/children/${childId}/record/close-case`)
    const ok = await manager.post(`/children/${childId}/record/close-case`, { ...date('closureDate', '2026-11-20'), reason: 'RC7' })
    assert.equal(ok.status, 302)
    const referral = await database.db.selectFrom('referral').selectAll().where('id', '=', referralId).executeTakeFirstOrThrow()
    assert.equal(referral.closure_date, '2026-11-20')
    assert.equal(referral.closure_reason, 'RC7')
    const plan = await database.db.selectFrom('cin_plan').select('end_date').where('id', '=', planId).executeTakeFirstOrThrow()
    assert.equal(plan.end_date, '2026-11-20')
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id, a.username]), [['update', 'referral', String(referralId), authority.users.manager]])
    assert.equal((await manager.get(`/children/${childId}/record/close-case`)).status, 409)
  })
})
