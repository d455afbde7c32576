import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addPeriodOfCare, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan } from '../../../../../test/support/support-fixtures.ts'

describe('my work page', () => {
  let database: Database
  let app: TestApp
  let authority: Authority

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    const overdue = await addChild(database.db, { forename: 'Cara', surname: 'Overdue', dateOfBirth: '2015-01-01' })
    await addPeriodOfCare(database.db, overdue, { startDate: '2026-08-03' })
    await allocate(database.db, overdue, authority.workers.socialWorker, authority.teams.assessment, '2026-08-03')
    const recent = await addChild(database.db, { forename: 'Dan', surname: 'Recent', dateOfBirth: '2012-02-02' })
    await addReferral(database.db, recent, '2026-11-20')
    await allocate(database.db, recent, authority.workers.socialWorker, authority.teams.assessment, '2026-11-20')
    const someoneElse = await addChild(database.db, { forename: 'Eve', surname: 'Other', dateOfBirth: '2012-02-02' })
    await allocate(database.db, someoneElse, authority.workers.otherWorker, authority.teams.assessment, '2026-11-20')
    const inNeed = await addChild(database.db, { forename: 'Fay', surname: 'Plan', dateOfBirth: '2013-03-03' })
    const referralId = await addReferral(database.db, inNeed, '2026-06-01')
    await addAuthorisedAssessment(database.db, inNeed, referralId, { startDate: '2026-06-02', authorisedDate: '2026-07-01' })
    await addCinPlan(database.db, inNeed, referralId, '2026-08-10')
    await allocate(database.db, inNeed, authority.workers.otherWorker, authority.teams.assessment, '2026-06-01')
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('lists only the children allocated to the signed-in worker', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get('/my-work')
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'My work')
    const caseload = page.$('table').last().find('tbody a').map((_i, el) => page.$(el).text()).get()
    assert.deepEqual(caseload, ['Cara Overdue', 'Dan Recent'])
  })

  it('puts overdue items first, with the clock each runs on', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get('/my-work')
    const firstRow = page.$('table').first().find('tbody tr').first()
    assert.match(firstRow.text(), /Overdue/)
    assert.match(firstRow.text(), /Cara Overdue/)
    assert.match(page.$('table').first().text(), /Assessment: 45 working days from the referral/)
    assert.match(page.$('table').first().text(), /Working Together to Safeguard Children/)
  })

  it('lists the child in need plan review the timescale engine says is due', async () => {
    const client = app.client()
    await client.signIn(authority.users.otherWorker)
    const page = await client.get('/my-work')
    const rows = page.$('table').first().find('tbody tr').map((_i, tr) => [page.$(tr).find('td').map((_j, td) => page.$(td).text().replace(/\s+/g, ' ').trim()).get()]).get() as string[][]
    const review = rows.find((cells) => cells[1] === 'First child in need plan review')
    assert.ok(review, 'the review is listed')
    assert.deepEqual(review.slice(0, 3), ['Fay Plan', 'First child in need plan review', '10 November 2026'])
    assert.match(review[3] ?? '', /^Overdue/)
    assert.equal(review[4], 'Local procedure: from Child in need plan started (10 August 2026)')
  })

  it('refuses roles that hold no caseload', async () => {
    const client = app.client()
    await client.signIn(authority.users.analyst)
    const page = await client.get('/my-work')
    assert.equal(page.status, 403)
  })
})
