import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addPeriodOfCare, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'

describe('my team page', () => {
  let database: Database
  let app: TestApp
  let authority: Authority

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    const a = await addChild(database.db, { forename: 'Fay', surname: 'Allocated', dateOfBirth: '2015-01-01' })
    await addPeriodOfCare(database.db, a, { startDate: '2026-08-03' })
    await allocate(database.db, a, authority.workers.socialWorker, authority.teams.assessment, '2026-08-03')
    const waiting = await addChild(database.db, { forename: 'Gus', surname: 'Waiting', dateOfBirth: '2013-03-03' })
    await addReferral(database.db, waiting, '2026-11-19', authority.teams.assessment)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('shows children per worker, work waiting for allocation and overdue work', async () => {
    const client = app.client()
    await client.signIn(authority.users.manager)
    const page = await client.get('/my-team')
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'My team')
    const alexRow = page.$('table').first().find('tbody tr').filter((_i, el) => page.$(el).text().includes('Alex Morgan'))
    assert.match(alexRow.text(), /\b1\b/)
    assert.match(page.$('table').eq(1).text(), /Gus Waiting/)
    assert.match(page.$('table').eq(2).text(), /Fay Allocated/)
  })

  it('is for team managers only', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    assert.equal((await client.get('/my-team')).status, 403)
  })
})
