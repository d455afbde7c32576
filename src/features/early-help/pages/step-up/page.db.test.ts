// Stepping up from early help to children's social care: a referral is made (or the open one
// linked) and the episode ends as stepped up.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Database } from '../../../../db/database.ts'
import { openTestDatabase } from '../../../../../test/support/test-database.ts'
import { startTestApp, type TestApp, type TestClient } from '../../../../../test/support/test-app.ts'
import { addChild, addReferral, allocate, buildAuthority, type Authority } from '../../../../../test/support/casework-fixtures.ts'
import { addEarlyHelpEpisode, auditedWrites, date } from '../../../../../test/support/support-fixtures.ts'

describe('step up to children’s social care', () => {
  let database: Database
  let app: TestApp
  let authority: Authority
  let client: TestClient

  const earlyHelpChild = async (forename: string) => {
    const childId = await addChild(database.db, { forename, surname: 'Achebe', dateOfBirth: '2018-03-03' })
    await allocate(database.db, childId, authority.workers.earlyHelp, authority.teams.earlyHelp, '2026-09-01', 'early_help_practitioner')
    const episodeId = await addEarlyHelpEpisode(database.db, childId, { startDate: '2026-10-01', planDate: '2026-10-15' })
    return { childId, episodeId }
  }

  before(async () => {
    database = await openTestDatabase()
    app = await startTestApp(database.db, { today: '2026-11-23' })
    authority = await buildAuthority(database.db)
    client = app.client()
    await client.signIn(authority.users.earlyHelp)
  })
  after(async () => {
    await app.close()
    await database.close()
  })

  it('is not for a personal adviser', async () => {
    const { childId } = await earlyHelpChild('Ama')
    await allocate(database.db, childId, authority.workers.personalAdviser, authority.teams.leavingCare, '2026-09-01', 'personal_adviser')
    const adviser = app.client()
    await adviser.signIn(authority.users.personalAdviser)
    assert.equal((await adviser.get(`/children/${childId}/record/step-up`)).status, 403)
  })

  it('asks for the primary need of the new referral, keeping what was typed', async () => {
    const { childId } = await earlyHelpChild('Ben')
    const form = await client.get(`/children/${childId}/record/step-up`)
    assert.match(form.$('[data-qa=referral]').text(), /A referral to children’s social care is made/)
    const bad = await client.post(`/children/${childId}/record/step-up`, { ...date('stepUpDate', '2026-11-20'), reason: 'Bruising seen at school' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#primaryNeed')
    assert.equal(bad.$('#reason').text(), 'Bruising seen at school')
  })

  it('reports every missing answer of an empty form at once, in the order of the form', async () => {
    const { childId } = await earlyHelpChild('Bea')
    await client.get(`/children/${childId}/record/step-up`)
    const bad = await client.post(`/children/${childId}/record/step-up`, {})
    assert.equal(bad.status, 400)
    const summary = bad.$('.govuk-error-summary__list a').map((_, a) => [[bad.$(a).attr('href'), bad.$(a).text().trim()]]).get()
    assert.deepEqual(summary, [
      ['#stepUpDate-day', 'Enter the date of the step up'],
      ['#primaryNeed', 'Select the child’s primary need'],
      ['#reason', 'Enter why the child needs children’s social care'],
    ])
  })

  it('makes a referral and ends the episode as stepped up, audited', async () => {
    const { childId, episodeId } = await earlyHelpChild('Cal')
    await client.get(`/children/${childId}/record/step-up`)
    const ok = await client.post(`/children/${childId}/record/step-up`, { ...date('stepUpDate', '2026-11-20'), primaryNeed: 'N1', reason: 'Bruising seen at school' })
    assert.equal(ok.status, 302)
    const referral = await database.db.selectFrom('referral').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.deepEqual([referral.referral_date, referral.primary_need, referral.source, referral.team_id], ['2026-11-20', 'N1', '5B', authority.teams.frontDoor])
    const episode = await database.db.selectFrom('early_help_episode').selectAll().where('id', '=', episodeId).executeTakeFirstOrThrow()
    assert.deepEqual([episode.end_date, episode.end_reason, episode.stepped_up_referral_id], ['2026-11-20', 'stepped_up', referral.id])
    const audit = await auditedWrites(database.db, childId)
    assert.deepEqual(audit.map((a) => [a.action, a.record_type, a.record_id]), [['update', 'early_help_episode', String(episodeId)]])
  })

  it('links the open referral instead of making a second one', async () => {
    const { childId, episodeId } = await earlyHelpChild('Dot')
    const referralId = await addReferral(database.db, childId, '2026-11-18', authority.teams.assessment)
    await client.get(`/children/${childId}/record/step-up`)
    const ok = await client.post(`/children/${childId}/record/step-up`, { ...date('stepUpDate', '2026-11-19'), reason: 'Police report' })
    assert.equal(ok.status, 302)
    const referrals = await database.db.selectFrom('referral').select('id').where('child_id', '=', childId).execute()
    assert.deepEqual(referrals.map((r) => r.id), [referralId])
    const episode = await database.db.selectFrom('early_help_episode').select('stepped_up_referral_id').where('id', '=', episodeId).executeTakeFirstOrThrow()
    assert.equal(episode.stepped_up_referral_id, referralId)
  })
})
