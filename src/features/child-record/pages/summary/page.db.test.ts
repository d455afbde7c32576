import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addPeriodOfCare, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan } from '../../../../../test/support/support-fixtures.ts'
import { writeAs } from '../../../../db/write.ts'

describe('child summary page', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let hiddenChildId: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Amelia', surname: 'Hart', dateOfBirth: '2016-03-04', nhsNumber: '9434765919' })
    await addReferral(database.db, childId, '2026-06-01')
    await addPeriodOfCare(database.db, childId, { startDate: '2026-10-01', legalStatus: 'C1', placementType: 'U6' })
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-06-01')
    hiddenChildId = await addChild(database.db, { forename: 'Hidden', surname: 'Child', dateOfBirth: '2015-01-01' })
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('shows status, legal status, placement, allocated worker and what is due next', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${childId}`)
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Amelia Hart')
    assert.equal(page.$('title').text().trim(), 'Amelia Hart – Sightline')
    assert.equal(page.$('[data-qa=status]').text().trim(), 'Looked after')
    assert.match(page.$('.govuk-summary-list').text(), /Interim care order \(C1\)/)
    assert.match(page.$('.govuk-summary-list').text(), /Alex Morgan/)
    assert.match(page.$('[data-qa=due-next]').text(), /2026/)
    assert.match(page.$('.govuk-table').text(), /First looked-after review/)
  })

  it('shows the next child in need plan review, 3 months after the last one held', async () => {
    const inNeed = await addChild(database.db, { forename: 'Tilly', surname: 'Marsden', dateOfBirth: '2017-04-12' })
    const referralId = await addReferral(database.db, inNeed, '2026-06-01')
    await addAuthorisedAssessment(database.db, inNeed, referralId, { startDate: '2026-06-02', authorisedDate: '2026-07-01' })
    const planId = await addCinPlan(database.db, inNeed, referralId, '2026-08-10')
    await writeAs(database.db, { id: 'system:test-fixture' }, (trx) =>
      trx.insertInto('cin_plan_review').values({ child_id: inNeed, cin_plan_id: planId, due_date: '2026-11-10', held_date: '2026-10-01' }).execute(),
    )
    await allocate(database.db, inNeed, authority.workers.socialWorker, authority.teams.assessment, '2026-06-01')
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${inNeed}`)
    const rows = page.$('.govuk-table tbody tr').map((_i, tr) => [page.$(tr).find('td').map((_j, td) => page.$(td).text().replace(/\s+/g, ' ').trim()).get()]).get() as string[][]
    assert.deepEqual(rows.filter((cells) => /child in need plan review/i.test(cells[0] ?? '')).map((cells) => [cells[0], cells[1], cells[3]]), [
      ['Child in need plan review', '1 January 2027', 'Local procedure: from Previous child in need plan review (1 October 2026)'],
    ])
  })

  it('audits the view of the record as allowed', async () => {
    const rows = await database.db.selectFrom('audit_event').selectAll().where('child_id', '=', childId).where('record_type', '=', 'child_summary').execute()
    assert.ok(rows.some((r) => r.outcome === 'allowed' && r.action === 'view'))
  })

  it('answers 404 for a child the user may not see, and audits the refusal', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${hiddenChildId}`)
    assert.equal(page.status, 404)
    const rows = await database.db.selectFrom('audit_event').selectAll().where('child_id', '=', hiddenChildId).execute()
    assert.equal(rows.length, 1)
    assert.equal(rows[0]?.outcome, 'refused')
  })

  it('answers 404 for an analyst, who has no child-level reads', async () => {
    const client = app.client()
    await client.signIn(authority.users.analyst)
    const page = await client.get(`/children/${childId}`)
    assert.equal(page.status, 404)
  })
})
