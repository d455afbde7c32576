// Stepping down from children's social care: the referral closes with its census reason, an open
// child in need plan ends and an early help episode starts from the referral.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan, addCpPlan, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('step down to early help', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let client: TestClient

  const openCase = async (forename: string) => {
    const childId = await addChild(database.db, { forename, surname: 'Varga', dateOfBirth: '2015-12-12' })
    const referralId = await addReferral(database.db, childId, '2026-09-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-09-01')
    return { childId, referralId }
  }

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('is not offered while the child is on a child protection plan', async () => {
    const { childId, referralId } = await openCase('Eve')
    await addCpPlan(database.db, childId, referralId, '2026-10-01')
    const page = await client.get(`/children/${childId}/record/step-down`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /cannot be done while a child protection plan/)
  })

  it('is not for an early help practitioner', async () => {
    const { childId } = await openCase('Fin')
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    const earlyHelp = app.client()
    await earlyHelp.signIn(authority.users.earlyHelp)
    assert.equal((await earlyHelp.get(`/children/${childId}/record/step-down`)).status, 403)
  })

  it('closes the referral after an assessment as referred to early help, and starts the episode, audited', async () => {
    const { childId, referralId } = await openCase('Gus')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-09-02', authorisedDate: '2026-10-20', nfa: true })
    await client.get(`/children/${childId}/record/step-down`)
    const bad = await client.post(`/children/${childId}/record/step-down`, { ...date('stepDownDate', '2026-08-31'), reason: 'Routines' })
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date of the step down must be on or after the referral date')
    const ok = await client.post(`/children/${childId}/record/step-down`, { ...date('stepDownDate', '2026-11-20'), reason: 'Routines' })
    assert.equal(ok.status, 302)
    const referral = await database.db.selectFrom('referral').selectAll().where('id', '=', referralId).executeTakeFirstOrThrow()
    assert.deepEqual([referral.closure_date, referral.closure_reason], ['2026-11-20', 'RC9'])
    const episode = await database.db.selectFrom('early_help_episode').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.deepEqual([episode.start_date, episode.reason, episode.stepped_down_from_referral_id, episode.end_date], ['2026-11-20', 'Routines', referralId, null])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['create', 'early_help_episode', String(episode.id)]])
  })

  it('ends an open child in need plan and closes as services ceased', async () => {
    const { childId, referralId } = await openCase('Hal')
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-09-02', authorisedDate: '2026-09-30' })
    const planId = await addCinPlan(database.db, childId, referralId, '2026-10-01')
    await client.get(`/children/${childId}/record/step-down`)
    const ok = await client.post(`/children/${childId}/record/step-down`, { ...date('stepDownDate', '2026-11-21'), reason: 'Parenting support' })
    assert.equal(ok.status, 302)
    const plan = await database.db.selectFrom('cin_plan').select('end_date').where('id', '=', planId).executeTakeFirstOrThrow()
    assert.equal(plan.end_date, '2026-11-21')
    const referral = await database.db.selectFrom('referral').select('closure_reason').where('id', '=', referralId).executeTakeFirstOrThrow()
    assert.equal(referral.closure_reason, 'RC7')
  })
})
