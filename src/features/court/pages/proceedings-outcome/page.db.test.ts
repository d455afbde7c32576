// Recording the outcome of care proceedings.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'
import { writeAs } from '../../../../db/write.ts'

describe('record the outcome of care proceedings', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number
  let client: TestClient

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Tia', surname: 'Moreno', dateOfBirth: '2021-08-08' })
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-09-01')
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    client = app.client()
    await client.signIn(authority.users.socialWorker)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('needs proceedings under way', async () => {
    await addReferral(database.db, childId, '2026-05-01', authority.teams.assessment)
    const page = await client.get(`/children/${childId}/record/proceedings-outcome`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /no care proceedings under way/)
  })

  it('shows the end of the 26-week timetable', async () => {
    await writeAs(database.db, { id: 'system:test-fixture' }, (trx) => trx.insertInto('care_proceedings').values({ child_id: childId, application_date: '2026-06-01' }).execute())
    const page = await client.get(`/children/${childId}/record/proceedings-outcome`)
    assert.equal(page.$('[data-qa=deadline]').text(), '29 November 2026')
  })

  it('refuses an order dated before the final hearing', async () => {
    const bad = await client.post(`/children/${childId}/record/proceedings-outcome`, { ...date('finalHearingDate', '2026-11-16'), finalOrder: 'sgo', ...date('finalOrderDate', '2026-11-13') })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#finalOrderDate-day')
    assert.equal(bad.$('input[name=finalOrder][value=sgo]').attr('checked'), 'checked')
  })

  it('records the final order, audited, and the proceedings are no longer under way', async () => {
    const ok = await client.post(`/children/${childId}/record/proceedings-outcome`, { ...date('finalHearingDate', '2026-11-16'), finalOrder: 'sgo', ...date('finalOrderDate', '2026-11-16') })
    assert.equal(ok.status, 302)
    const row = await database.db.selectFrom('care_proceedings').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.deepEqual([row.final_hearing_date, row.final_order, row.final_order_date], ['2026-11-16', 'sgo', '2026-11-16'])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['update', 'care_proceedings', String(row.id)]])
    assert.equal((await client.get(`/children/${childId}/record/proceedings-outcome`)).status, 409)
  })
})
