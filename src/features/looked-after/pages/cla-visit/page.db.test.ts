// A statutory visit to a looked-after child: seen, seen alone, by the signed-in worker, audited.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a statutory visit', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/cla-visit`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/cla-visit`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('asks whether the child was seen alone when the child was seen', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, { ...dateParts('visitDate', '2026-11-20'), seen: 'yes' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#seenAlone')
    assert.equal(bad.$('input[name=seen][value=yes]').attr('checked'), 'checked')
  })

  it('records the visit with the worker, seen alone, audited', async () => {
    const ok = await world.client.post(url, {
      ...dateParts('visitDate', '2026-11-20'),
      seen: 'yes',
      seenAlone: 'yes',
    })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const visit = await db
      .selectFrom('visit')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [visit.kind, visit.visit_date, visit.seen, visit.seen_alone, visit.worker_id],
      ['cla', '2026-11-20', true, true, world.authority.workers.socialWorker],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'visit', record_id: String(visit.id) }])
  })

  it('records a visit where the child was not seen as not seen alone', async () => {
    await world.client.get(url)
    const ok = await world.client.post(url, {
      ...dateParts('visitDate', '2026-11-21'),
      seen: 'no',
      seenAlone: 'yes',
    })
    assert.equal(ok.status, 302)
    const visit = await world.database.db
      .selectFrom('visit')
      .selectAll()
      .where('visit_date', '=', '2026-11-21')
      .executeTakeFirstOrThrow()
    assert.deepEqual([visit.seen, visit.seen_alone], [false, false])
  })
})
