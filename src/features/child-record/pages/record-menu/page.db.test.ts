// The "Record something" menu: the steps the workflow offers, grouped by journey under headings.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan, addEarlyHelpEpisode } from '../../../../../test/support/support-fixtures.ts'

describe('record something menu', () => {
  let database: Database
  let app: TestApp
  let authority: Authority

  /** Each journey heading with the links listed under it. */
  const groupsOn = async (username: string, childId: number) => {
    const client = app.client()
    await client.signIn(username)
    const page = await client.get(`/children/${childId}/record`)
    assert.equal(page.status, 200)
    return page
      .$('main h2.govuk-heading-m')
      .map((_i, h2) => {
        const list = page.$(h2).next('ul.govuk-list')
        assert.equal(list.attr('aria-labelledby'), page.$(h2).attr('id'), 'the list is named by its heading')
        return [[page.$(h2).text().trim(), list.find('a').map((_j, a) => page.$(a).text().trim()).get()]]
      })
      .get() as Array<[string, string[]]>
  }

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('groups the steps on offer by journey, in journey order, under headings', async () => {
    const childId = await addChild(database.db, { forename: 'Tom', surname: 'Ives', dateOfBirth: '2015-05-05' })
    const referralId = await addReferral(database.db, childId, '2026-08-03', authority.teams.assessment)
    await addAuthorisedAssessment(database.db, childId, referralId, { startDate: '2026-08-04', authorisedDate: '2026-08-20' })
    await addCinPlan(database.db, childId, referralId, '2026-08-24')
    await allocate(database.db, childId, authority.workers.socialWorker, authority.teams.assessment, '2026-08-03')
    assert.deepEqual(await groupsOn(authority.users.manager, childId), [
      ['Front door and assessment', ['Start a single assessment']],
      ['Early help', ['Step down to early help']],
      ['Child in need', ['Record a child in need plan review', 'End the child in need plan']],
      ['Child protection', ['Record a strategy discussion']],
      ['Court', ['Record a pre-proceedings (PLO) meeting', 'Record that care proceedings were issued']],
      ['Looked after', ['Record that the child became looked after']],
      ['Closing', ['Close the case']],
    ])
  })

  it('shows only the journeys with a step on offer', async () => {
    const childId = await addChild(database.db, { forename: 'Uma', surname: 'Ives', dateOfBirth: '2015-05-05' })
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    await addEarlyHelpEpisode(database.db, childId, { startDate: '2026-10-01', planDate: '2026-10-15' })
    assert.deepEqual(await groupsOn(authority.users.earlyHelp, childId), [
      ['Early help', ['Record an early help review', 'End the early help episode', 'Step up to children’s social care']],
    ])
  })
})
