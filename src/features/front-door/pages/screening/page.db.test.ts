import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addContact, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'

describe('front door: queue, find the child, screening', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let known: number

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    known = await addChild(database.db, { forename: 'Jayden', surname: 'Clarke', dateOfBirth: '2017-09-12', nhsNumber: '4857773456', address: { line1: '4 Acacia Road', town: 'Middlesbrough', postcode: 'TS1 2AB' } })
    await addReferral(database.db, known, '2026-03-01')
    await allocate(database.db, known, authority.workers.otherWorker, authority.teams.assessment, '2026-03-01')
    await addContact(database.db, { receivedAt: new Date('2026-11-19T10:00:00Z'), reason: 'Older contact' })
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('shows the queue longest waiting first, with the one-working-day decision overdue', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const page = await client.get('/front-door')
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Front door')
    const first = page.$('tbody tr').first().text()
    assert.match(first, /Child not yet identified/)
    assert.match(first, /98 hours/)
    assert.match(first, /20 November 2026/)
    assert.match(first, /Overdue/)
  })

  it('records a contact, finds the child by a misspelt name, shows who knows the family and flags the re-referral', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    await client.get('/front-door/contacts/new')
    const created = await client.post('/front-door/contacts/new', {
      'receivedDate-day': '23', 'receivedDate-month': '11', 'receivedDate-year': '2026', receivedTime: '09:15', source: '6', reason: 'Police attended a domestic incident', subjectDescription: 'Jaden Clark, 8',
    })
    assert.equal(created.status, 302)
    const findUrl = created.location ?? ''
    assert.match(findUrl, /^\/front-door\/contacts\/\d+\/find-child$/)
    const results = await client.get(`${findUrl}?forename=Jaden&surname=Clark`)
    assert.equal(results.status, 200)
    assert.match(results.$('tbody').first().text(), /Jayden Clarke/)
    assert.match(results.$('tbody').first().text(), /4 Acacia Road/)
    const search = await database.db.selectFrom('audit_event').selectAll().where('action', '=', 'search').execute()
    assert.equal(search.length, 1)

    const linked = await client.post(`${findUrl}?forename=Jaden&surname=Clark`, { childId: String(known) })
    assert.equal(linked.status, 302)
    const screeningUrl = linked.location ?? ''
    const screening = await client.get(screeningUrl)
    assert.equal(screening.$('h1').text().trim(), 'Screening: Jayden Clarke')
    assert.match(screening.$('.govuk-warning-text').text(), /Re-referral: this child was referred on 1 March 2026/)
    assert.match(screening.$('table').text(), /Jo Baxter \(social worker, Assessment team 1\)/)
  })

  it('re-renders screening with errors and everything entered, and keeps a draft', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const contactId = await addContact(database.db, { childId: known, receivedAt: new Date('2026-11-23T08:00:00Z'), reason: 'School concern' })
    await client.get(`/front-door/contacts/${contactId}/screening`)
    const page = await client.post(`/front-door/contacts/${contactId}/screening`, { thresholdLevel: '3', outcome: 'referral', rationale: 'Needs an assessment' })
    assert.equal(page.status, 400)
    const hrefs = page.$('.govuk-error-summary__list a').map((_i, el) => page.$(el).attr('href')).get()
    assert.deepEqual(hrefs, ['#criteria', '#primaryNeed', '#teamId'])
    assert.equal(page.$('#rationale').text(), 'Needs an assessment')
    assert.equal(page.$('input[name=thresholdLevel][value="3"]').attr('checked'), 'checked')
    const again = await client.get(`/front-door/contacts/${contactId}/screening`)
    assert.equal(again.$('#rationale').text(), 'Needs an assessment')
  })

  it('records a referral: the decision, its criteria and a referral to the team', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const contactId = await addContact(database.db, { childId: known, receivedAt: new Date('2026-11-23T08:30:00Z'), reason: 'Neglect concerns' })
    await client.get(`/front-door/contacts/${contactId}/screening`)
    const saved = await client.post(`/front-door/contacts/${contactId}/screening`, {
      thresholdLevel: '3', criteria: ['NEGLECT', 'SUBST'], outcome: 'referral', rationale: 'Needs an assessment', primaryNeed: 'N1', teamId: String(authority.teams.assessment),
    })
    assert.equal(saved.status, 302)
    assert.equal(saved.location, '/front-door?decided=1')
    const decision = await database.db.selectFrom('screening_decision').selectAll().where('contact_id', '=', contactId).executeTakeFirstOrThrow()
    assert.equal(decision.outcome, 'referral')
    const criteria = await database.db.selectFrom('screening_criterion').select('code').where('screening_decision_id', '=', decision.id).orderBy('code').execute()
    assert.deepEqual(criteria.map((c) => c.code), ['NEGLECT', 'SUBST'])
    const contact = await database.db.selectFrom('contact').select('referral_id').where('id', '=', contactId).executeTakeFirstOrThrow()
    const referral = await database.db.selectFrom('referral').selectAll().where('id', '=', contact.referral_id as number).executeTakeFirstOrThrow()
    assert.equal(referral.referral_date, '2026-11-23')
    assert.equal(referral.team_id, authority.teams.assessment)
  })

  it('sends a deep link to screening a decided contact back to the queue', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const decided = await database.db.selectFrom('screening_decision').select('contact_id').executeTakeFirstOrThrow()
    const page = await client.get(`/front-door/contacts/${decided.contact_id}/screening`)
    assert.equal(page.status, 302)
    assert.equal(page.location, '/front-door')
  })

  it('sends a deep link to screening a contact with no child to finding the child', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const contactId = await addContact(database.db, { receivedAt: new Date('2026-11-23T08:00:00Z'), reason: 'Anonymous call' })
    const page = await client.get(`/front-door/contacts/${contactId}/screening`)
    assert.equal(page.location, `/front-door/contacts/${contactId}/find-child`)
  })

  it('creates a new child from the search terms when nobody matches', async () => {
    const client = app.client()
    await client.signIn(authority.users.screener)
    const contactId = await addContact(database.db, { receivedAt: new Date('2026-11-23T08:00:00Z'), reason: 'New family' })
    const search = await client.get(`/front-door/contacts/${contactId}/find-child?forename=Zara&surname=Quinnell`)
    assert.equal(search.$('#newForename').val(), 'Zara')
    const missing = await client.post(`/front-door/contacts/${contactId}/find-child?forename=Zara&surname=Quinnell`, { action: 'create', newForename: 'Zara', newSurname: 'Quinnell', newSex: 'F' })
    assert.equal(missing.status, 400)
    assert.equal(missing.$('.govuk-error-summary__list a').attr('href'), '#newDateOfBirth-day')
    assert.equal(missing.$('#newSurname').val(), 'Quinnell')
    const created = await client.post(`/front-door/contacts/${contactId}/find-child`, { action: 'create', newForename: 'Zara', newSurname: 'Quinnell', newSex: 'F', 'newDateOfBirth-day': '1', 'newDateOfBirth-month': '2', 'newDateOfBirth-year': '2019' })
    assert.equal(created.location, `/front-door/contacts/${contactId}/screening`)
  })

  it('is closed to social workers', async () => {
    const client = app.client()
    await client.signIn(authority.users.socialWorker)
    assert.equal((await client.get('/front-door')).status, 403)
  })
})
