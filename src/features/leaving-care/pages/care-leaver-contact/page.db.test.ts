// A personal adviser recording a contact with a care leaver.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addCareLeaver, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('record a contact with a care leaver', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Sam', surname: 'Okafor', dateOfBirth: '2007-05-30' })
    await allocate(database.db, childId, authority.workers.personalAdviser, authority.teams.leavingCare, '2025-05-30', 'personal_adviser')
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2025-05-30')
    client = app.client()
    await client.signIn(authority.users.personalAdviser)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs a care leaver record', async () => {
    const page = await client.get(`/children/${childId}/record/care-leaver-contact`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /care leaver record/)
  })

  it('is for the personal adviser, not a social worker', async () => {
    await addCareLeaver(database.db, childId, { careStart: '2021-01-10', careEnd: '2025-05-29' })
    const worker = app.client()
    await worker.signIn(authority.users.socialWorker)
    assert.equal((await worker.get(`/children/${childId}/record/care-leaver-contact`)).status, 403)
  })

  it('asks for accommodation and activity when in touch, keeping the answers given', async () => {
    await client.get(`/children/${childId}/record/care-leaver-contact`)
    const bad = await client.post(`/children/${childId}/record/care-leaver-contact`, { ...date('contactDate', '2026-11-18'), inTouch: 'YES', activity: 'F5' })
    assert.equal(bad.status, 400)
    assert.deepEqual(bad.$('.govuk-error-summary__list a').map((_i, el) => bad.$(el).attr('href')).get(), ['#accommodation'])
    assert.equal(bad.$('input[name=activity][value=F5]').attr('checked'), 'checked')
    assert.equal(bad.$('input[name=inTouch][value=YES]').attr('checked'), 'checked')
  })

  it('records the contact in 903 terms, audited', async () => {
    const ok = await client.post(`/children/${childId}/record/care-leaver-contact`, { ...date('contactDate', '2026-11-18'), inTouch: 'YES', accommodation: 'E', accommodationSuitable: 'yes', activity: 'F5' })
    assert.equal(ok.status, 302)
    const row = await database.db.selectFrom('care_leaver_contact').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.deepEqual([row.contact_date, row.in_touch, row.accommodation, row.accommodation_suitable, row.activity], ['2026-11-18', 'YES', 'E', true, 'F5'])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id, a.username]), [['create', 'care_leaver_contact', String(row.id), authority.users.personalAdviser]])
  })
})
