// A step opened before the record is ready for it gets its own page: what it waits for, a way to
// what can be recorded now and back to the child — not the generic "This record has changed".
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../db/database.ts'
import { openTestDatabase } from '../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../test/support/casework-fixtures.ts'
import { RECORD_STEPS } from './workflow.ts'

describe('a step the record is not ready for', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let worker: TestClient
  let childId: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Lark', surname: 'Penrose', dateOfBirth: '2015-02-02' })
    await addReferral(database.db, childId, '2026-10-01', authority.teams.assessment)
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-10-01')
    worker = app.client()
    await worker.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('names the step, says what it waits for and links to what can be recorded now', async () => {
    const page = await worker.get(`/children/${childId}/record/pep`)
    assert.equal(page.status, 409)
    assert.equal(page.$('h1').text().trim(), 'You cannot record a personal education plan yet')
    assert.match(page.$('title').text(), /^You cannot record a personal education plan yet – Sightline/)
    assert.equal(page.$('[data-qa=reason]').text().trim(), RECORD_STEPS.pep.missing)
    assert.doesNotMatch(page.$('main').text(), /This record has changed/)
    const link = (text: string) => page.$('main a').filter((_i, a) => page.$(a).text().trim() === text).attr('href')
    assert.equal(link('See what you can record now'), `/children/${childId}/record`)
    assert.equal(link('Go back to the child’s record'), `/children/${childId}`)
  })

  it('offers, on that menu, steps the record is ready for and not the blocked one', async () => {
    const menu = await worker.get(`/children/${childId}/record`)
    assert.equal(menu.status, 200)
    const hrefs = menu.$('main a').map((_i, a) => menu.$(a).attr('href')).get()
    assert.ok(hrefs.includes(`/children/${childId}/record/assessment`), hrefs.join(' '))
    assert.ok(!hrefs.includes(`/children/${childId}/record/pep`))
  })
})
