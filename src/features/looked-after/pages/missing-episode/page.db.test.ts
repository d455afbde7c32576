// A missing episode, then the child's return and the return interview: one open episode at a time.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a missing episode', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/missing-episode`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/missing-episode`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('does not offer the return before a missing episode is recorded', async () => {
    assert.equal((await world.client.get(`/children/${world.childId}/record/missing-return`)).status, 409)
  })

  it('asks whether the child was missing or away', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, dateParts('startDate', '2026-11-18'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#kind')
  })

  it('records the episode in the period of care, audited, and then offers only the return', async () => {
    const ok = await world.client.post(url, { ...dateParts('startDate', '2026-11-18'), kind: 'M' })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const episode = await db
      .selectFrom('missing_episode')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [episode.kind, episode.start_date, episode.end_date, episode.period_of_care_id, episode.rhi_offered],
      ['M', '2026-11-18', null, world.periodId, null],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'missing_episode', record_id: String(episode.id) }])
    const menu = await world.client.get(`/children/${world.childId}/record`)
    assert.match(menu.$('main').text(), /Record the child’s return and the return interview/)
    assert.equal((await world.client.get(url)).status, 409)
  })
})
