// The child's return from a missing episode and the return interview.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { writeAs } from '../../../../db/write.ts'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record the return and the return interview', () => {
  let world: LookedAfterWorld
  let url: string
  let episodeId: number
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/missing-return`
    episodeId = await writeAs(world.database.db, { id: 'system:test-fixture' }, async (trx) => {
      const row = await trx
        .insertInto('missing_episode')
        .values({
          child_id: world.childId,
          period_of_care_id: world.periodId,
          kind: 'M',
          start_date: '2026-11-18',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    })
  })
  after(() => world.close())

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('asks for the interview date when the child accepted the interview, and refuses a return before the child went missing', async () => {
    const page = await world.client.get(url)
    assert.match(page.$('main').text(), /Missing since 18 November 2026/)
    const early = await world.client.post(url, { ...dateParts('returnDate', '2026-11-17'), rhiOffered: 'no' })
    assert.equal(early.status, 400)
    assert.equal(
      early.$('.govuk-error-summary__list a').text().trim(),
      'Date the child returned must be on or after the date the child went missing',
    )
    const bad = await world.client.post(url, {
      ...dateParts('returnDate', '2026-11-19'),
      rhiOffered: 'yes',
      rhiAccepted: 'yes',
    })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#rhiDate-day')
    assert.equal(
      bad.$('.govuk-error-summary__list a').text().trim(),
      'Enter the date of the return interview',
    )
  })

  it('closes the episode with the interview, audited, and allows the next episode', async () => {
    const ok = await world.client.post(url, {
      ...dateParts('returnDate', '2026-11-19'),
      rhiOffered: 'yes',
      rhiAccepted: 'yes',
      ...dateParts('rhiDate', '2026-11-21'),
    })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const episode = await db
      .selectFrom('missing_episode')
      .selectAll()
      .where('id', '=', episodeId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [episode.end_date, episode.rhi_offered, episode.rhi_accepted, episode.rhi_date],
      ['2026-11-19', true, true, '2026-11-21'],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'update')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'missing_episode', record_id: String(episodeId) }])
    assert.equal((await world.client.get(url)).status, 409)
    assert.equal((await world.client.get(`/children/${world.childId}/record/missing-episode`)).status, 200)
  })
})
