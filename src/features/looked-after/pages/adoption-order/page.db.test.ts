// The adoption order: the permanence order is recorded and the period of care ends (E11/E12),
// with its placement, legal status and permanence plan.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { writeAs } from '../../../../db/write.ts'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record the adoption order', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld({ legalStatus: 'E1', placementType: 'A6' })
    url = `/children/${world.childId}/record/adoption-order`
    await writeAs(world.database.db, { id: 'system:test-fixture' }, async (trx) => {
      const periodId = world.periodId as number
      await trx
        .insertInto('adoption_journey')
        .values({
          child_id: world.childId,
          period_of_care_id: periodId,
          adm_decision_date: '2026-04-01',
          placement_order_date: '2026-05-01',
          matched_date: '2026-06-01',
          placed_date: '2026-06-20',
        })
        .execute()
      await trx
        .insertInto('permanence_plan')
        .values({
          child_id: world.childId,
          period_of_care_id: periodId,
          code: 'ADOPTION',
          start_date: '2026-04-01',
        })
        .execute()
    })
  })
  after(() => world.close())

  it('is refused for a child not placed for adoption', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/adoption-order`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('refuses an order before the child was placed for adoption, and asks how it was made', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, dateParts('orderDate', '2026-06-01'))
    assert.equal(bad.status, 400)
    const links = bad
      .$('.govuk-error-summary__list a')
      .map((_i, el) => bad.$(el).attr('href'))
      .get()
    assert.deepEqual(links, ['#orderDate-day', '#reasonCeased'])
  })

  it('records the order and ends the period of care with everything open in it, audited', async () => {
    const ok = await world.client.post(url, { ...dateParts('orderDate', '2026-11-02'), reasonCeased: 'E11' })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const period = await db
      .selectFrom('period_of_care')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual([period.end_date, period.reason_ceased], ['2026-11-02', 'E11'])
    const order = await db
      .selectFrom('permanence_order')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [order.kind, order.order_date, order.period_of_care_id],
      ['adoption', '2026-11-02', period.id],
    )
    const journey = await db
      .selectFrom('adoption_journey')
      .select('adoption_order_date')
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.equal(journey.adoption_order_date, '2026-11-02')
    for (const table of ['placement', 'legal_status', 'permanence_plan'] as const) {
      const open = await db
        .selectFrom(table)
        .select('id')
        .where('child_id', '=', world.childId)
        .where('end_date', 'is', null)
        .execute()
      assert.equal(open.length, 0, `${table} left open`)
    }
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'permanence_order', record_id: String(order.id) }])
  })

  it('shows the last 903 episode ending with the adoption reason, and no more looked-after steps', async () => {
    const page = await world.client.get(`/children/${world.childId}/looked-after/episodes`)
    const last = page
      .$('tbody tr')
      .last()
      .find('td')
      .map((_i, td) => page.$(td).text().trim())
      .get()
    assert.deepEqual([last[5], last[6]], ['2 November 2026', 'E11'])
    const menu = await world.client.get(`/children/${world.childId}/record`)
    assert.doesNotMatch(menu.$('main').text(), /Record a change of placement/)
  })
})
