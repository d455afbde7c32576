// Adoption milestones after the agency decision: placement order, matching, placement; known dates pre-filled.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { writeAs } from '../../../../db/write.ts'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record adoption milestones', () => {
  let world: LookedAfterWorld
  let url: string
  let journeyId: number
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/adoption-milestones`
    journeyId = await writeAs(world.database.db, { id: 'system:test-fixture' }, async (trx) => {
      const row = await trx
        .insertInto('adoption_journey')
        .values({
          child_id: world.childId,
          period_of_care_id: world.periodId as number,
          adm_decision_date: '2026-05-01',
          placement_order_date: '2026-07-10',
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

  it('pre-fills the milestones already recorded', async () => {
    const page = await world.client.get(url)
    assert.equal(page.$('#placementOrderDate-day').val(), '10')
    assert.equal(page.$('#placementOrderDate-month').val(), '7')
    assert.ok(!page.$('#matchedDate-day').val())
  })

  it('refuses a placement for adoption before the match', async () => {
    const bad = await world.client.post(url, {
      ...dateParts('placementOrderDate', '2026-07-10'),
      ...dateParts('matchedDate', '2026-09-01'),
      ...dateParts('placedDate', '2026-08-20'),
    })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#placedDate-day')
  })

  it('records the match and the placement, audited, and then offers the adoption order', async () => {
    const ok = await world.client.post(url, {
      ...dateParts('placementOrderDate', '2026-07-10'),
      ...dateParts('matchedDate', '2026-09-01'),
      ...dateParts('placedDate', '2026-09-20'),
    })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const journey = await db
      .selectFrom('adoption_journey')
      .selectAll()
      .where('id', '=', journeyId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [journey.placement_order_date, journey.matched_date, journey.placed_date],
      ['2026-07-10', '2026-09-01', '2026-09-20'],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'update')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'adoption_journey', record_id: String(journeyId) }])
    const menu = await world.client.get(`/children/${world.childId}/record`)
    assert.match(menu.$('main').text(), /Record the adoption order/)
  })
})
