// Leaving care: the period of care ends with the 903 reason, closing its spells; a special
// guardianship order is recorded beside it.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record that the child stopped being looked after', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/leave-care`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/leave-care`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('does not offer adoption or X1 as a reason, and asks for one', async () => {
    const page = await world.client.get(url)
    const reasons = page
      .$('#reasonCeased option')
      .map((_i, el) => page.$(el).attr('value'))
      .get()
    assert.ok(reasons.includes('E4A') && reasons.includes('E45'))
    assert.ok(!reasons.includes('E11') && !reasons.includes('X1'))
    const bad = await world.client.post(url, { ...dateParts('endDate', '2026-11-20'), reasonCeased: 'E11' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#reasonCeased')
    assert.equal(bad.$('#endDate-day').val(), '20')
  })

  it('ends the period with a special guardianship order, closing its spells, audited', async () => {
    const ok = await world.client.post(url, { ...dateParts('endDate', '2026-11-20'), reasonCeased: 'E45' })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const period = await db
      .selectFrom('period_of_care')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual([period.end_date, period.reason_ceased], ['2026-11-20', 'E45'])
    const placement = await db
      .selectFrom('placement')
      .select('end_date')
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    const legal = await db
      .selectFrom('legal_status')
      .select('end_date')
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual([placement.end_date, legal.end_date], ['2026-11-20', '2026-11-20'])
    const order = await db
      .selectFrom('permanence_order')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [order.kind, order.order_date, order.period_of_care_id],
      ['sgo', '2026-11-20', period.id],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'update')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'period_of_care', record_id: String(period.id) }])
    assert.equal((await world.client.get(url)).status, 409)
  })
})
