import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addContact, addPeriodOfCare, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'

describe('chronology page', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let childId: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    childId = await addChild(database.db, { forename: 'Bo', surname: 'Lee', dateOfBirth: '2014-05-06' })
    await addContact(database.db, { childId, receivedAt: new Date('2026-05-30T09:00:00Z'), reason: 'School worried about bruising' })
    await addReferral(database.db, childId, '2026-06-01')
    await addPeriodOfCare(database.db, childId, { startDate: '2026-10-01' })
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-06-01')
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('lists every event newest first', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${childId}/chronology`)
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Chronology')
    const firstDates = page.$('tbody tr td:first-child').map((_i, el) => page.$(el).text().trim()).get()
    assert.equal(firstDates[0], '1 October 2026')
    assert.equal(firstDates.at(-1), '30 May 2026')
    assert.match(page.$('tbody').text(), /School worried about bruising/)
  })

  it('shows codes in plain English, DfE codes with the code in brackets', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${childId}/chronology?kind=referral&kind=looked_after`)
    const rows = page.$('tbody tr').map((_i, tr) => [page.$(tr).find('td:nth-child(2)').text().replace(/\s+/g, ' ').trim()]).get()
    assert.deepEqual(rows, [
      'Placement started: Foster placement with other foster carer: not long term or FFA (U6)',
      'Legal status: Full care order (C2)',
      'Became looked afterCategory of need: Abuse or neglect (N1)',
      'ReferralPrimary need: Abuse or neglect (N1)',
    ])
  })

  it('filters by type of event and keeps the filter ticked', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${childId}/chronology?kind=contact`)
    assert.equal(page.$('tbody tr').length, 1)
    assert.equal(page.$('input[name=kind][value=contact]').attr('checked'), 'checked')
  })

  it('rejects an unknown filter with an error summary', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    const page = await client.get(`/children/${childId}/chronology?kind=nonsense`)
    assert.equal(page.status, 400)
    assert.equal(page.$('.govuk-error-summary__list a').attr('href'), '#kind')
  })

  it('answers 404 to a worker in another team', async () => {
    const client = app.client()
    await client.signIn(authority.users.earlyHelp)
    const page = await client.get(`/children/${childId}/chronology`)
    assert.equal(page.status, 404)
  })
})
