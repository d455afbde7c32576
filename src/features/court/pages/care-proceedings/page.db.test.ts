// Recording that care proceedings were issued.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('record that care proceedings were issued', () => {
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

  it('is not for an early help practitioner', async () => {
    await addReferral(database.db, childId, '2026-10-01', authority.teams.assessment)
    const earlyHelp = app.client()
    await earlyHelp.signIn(authority.users.earlyHelp)
    assert.equal((await earlyHelp.get(`/children/${childId}/record/care-proceedings`)).status, 403)
  })

  it('refuses an application before the referral', async () => {
    await client.get(`/children/${childId}/record/care-proceedings`)
    const bad = await client.post(`/children/${childId}/record/care-proceedings`, date('applicationDate', '2026-09-30'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').text().trim(), 'Date the application was issued must be on or after the referral date')
    assert.equal(bad.$('#applicationDate-day').val(), '30')
  })

  it('records the application, audited, and allows one set of proceedings at a time', async () => {
    const ok = await client.post(`/children/${childId}/record/care-proceedings`, date('applicationDate', '2026-11-17'))
    assert.equal(ok.status, 302)
    const row = await database.db.selectFrom('care_proceedings').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.deepEqual([row.application_date, row.final_order, row.final_order_date], ['2026-11-17', null, null])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['create', 'care_proceedings', String(row.id)]])
    assert.equal((await client.get(`/children/${childId}/record/care-proceedings`)).status, 409)
  })
})
