// The assessment and child protection steps, page by page: guards, errors and what is written.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'

const date = (name: string, iso: string) => {
  const [y, m, d] = iso.split('-')
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y as string }
}

describe('assessment to child protection plan', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Kai', surname: 'Fenwick', dateOfBirth: '2019-06-01' })
    await addReferral(database.db, childId, '2026-11-02', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-11-02')
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('offers only the steps the record is ready for', async () => {
    const page = await client.get(`/children/${childId}/record`)
    assert.equal(page.$('h1').text().trim(), 'Record something')
    const links = page.$('main a[href*="/record/"]').map((_i, el) => page.$(el).text()).get()
    assert.ok(links.includes('Start a single assessment') && links.includes('Record a strategy discussion'))
    assert.ok(!links.includes('Start a section 47 enquiry') && !links.includes('Start a child in need plan'))
  })

  it('refuses a deep link to a section 47 enquiry before a strategy discussion decided one', async () => {
    const page = await client.get(`/children/${childId}/record/section-47`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /starts from a strategy discussion/)
  })

  it('starts an assessment with factors, refusing a start before the referral', async () => {
    await client.get(`/children/${childId}/record/assessment`)
    const bad = await client.post(`/children/${childId}/record/assessment`, { ...date('startDate', '2026-10-01'), factors: ['3A'] })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Start date must be on or after the referral date')
    assert.equal(bad.$('input[name=factors][value="3A"]').attr('checked'), 'checked')
    const ok = await client.post(`/children/${childId}/record/assessment`, { ...date('startDate', '2026-11-03'), ...date('childSeenDate', '2026-11-04'), factors: ['3A', '4B'] })
    assert.equal(ok.status, 302)
    const factors = await database.db.selectFrom('assessment_factor').select('code').where('child_id', '=', childId).orderBy('code').execute()
    assert.deepEqual(factors.map((f) => f.code), ['3A', '4B'])
  })

  it('leaves authorising the assessment to the manager', async () => {
    assert.equal((await client.get(`/children/${childId}/record/authorise-assessment`)).status, 403)
  })

  it('records a strategy discussion, then a section 47 enquiry pre-filled from it with the ICPC target stored', async () => {
    await client.get(`/children/${childId}/record/strategy-discussion`)
    const sd = await client.post(`/children/${childId}/record/strategy-discussion`, { ...date('heldDate', '2026-11-05'), outcome: 's47' })
    assert.equal(sd.status, 302)
    const s47Page = await client.get(`/children/${childId}/record/section-47`)
    assert.equal(s47Page.$('#startDate-day').val(), '5')
    const s47 = await client.post(`/children/${childId}/record/section-47`, date('startDate', '2026-11-05'))
    assert.equal(s47.status, 302)
    const row = await database.db.selectFrom('s47_enquiry').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(row.icpc_target_date, '2026-11-26')
  })

  it('asks for the category when the conference makes a plan, then makes the plan', async () => {
    await client.get(`/children/${childId}/record/conference`)
    const bad = await client.post(`/children/${childId}/record/conference`, { ...date('conferenceDate', '2026-11-20'), planMade: 'yes' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#category')
    const ok = await client.post(`/children/${childId}/record/conference`, { ...date('conferenceDate', '2026-11-20'), planMade: 'yes', category: 'NEG' })
    assert.equal(ok.status, 302)
    const plan = await database.db.selectFrom('cp_plan').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(plan.start_date, '2026-11-20')
    assert.equal(plan.initial_category, 'NEG')
    const summary = await client.get(`/children/${childId}`)
    assert.equal(summary.$('[data-qa=status]').text().trim(), 'Child protection')
    assert.match(summary.$('table').text(), /First child protection review conference/)
    assert.match(summary.$('table').text(), /20 February 2027/)
  })

  it('refuses a second conference for the same enquiry', async () => {
    assert.equal((await client.get(`/children/${childId}/record/conference`)).status, 409)
  })

  it('records every step with the worker as the actor, audited', async () => {
    const rows = await database.db.selectFrom('audit_event').select(['record_type']).where('child_id', '=', childId).where('action', '=', 'create').orderBy('id').execute()
    assert.deepEqual(rows.map((r) => r.record_type), ['assessment', 'strategy_discussion', 's47_enquiry', 'cp_plan'])
    const plan = await database.db.selectFrom('cp_plan').select('recorded_by').where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.match(plan.recorded_by, /^user:\d+$/)
  })
})
