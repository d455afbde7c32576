// The agency decision that the child should be placed for adoption starts the adoption journey
// and makes adoption the permanence plan.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { writeAs } from '../../../../db/write.ts'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record the agency decision for adoption', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/adoption-decision`
    await writeAs(world.database.db, { id: 'system:test-fixture' }, (trx) =>
      trx
        .insertInto('permanence_plan')
        .values({
          child_id: world.childId,
          period_of_care_id: world.periodId as number,
          code: 'RETURN6M',
          start_date: '2026-03-02',
        })
        .execute(),
    )
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/adoption-decision`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('does not offer milestones or the order before the decision', async () => {
    assert.equal(
      (await world.client.get(`/children/${world.childId}/record/adoption-milestones`)).status,
      409,
    )
    assert.equal((await world.client.get(`/children/${world.childId}/record/adoption-order`)).status, 409)
  })

  it('refuses a decision before the child became looked after', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, dateParts('decisionDate', '2026-02-01'))
    assert.equal(bad.status, 400)
    assert.equal(
      bad.$('.govuk-error-summary__list a').text().trim(),
      'Date of the decision must be on or after the date the child became looked after',
    )
  })

  it('starts the adoption journey, replaces the permanence plan with adoption, audited', async () => {
    const ok = await world.client.post(url, dateParts('decisionDate', '2026-06-01'))
    assert.equal(ok.status, 302)
    const db = world.database.db
    const journey = await db
      .selectFrom('adoption_journey')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [journey.adm_decision_date, journey.period_of_care_id, journey.adoption_order_date],
      ['2026-06-01', world.periodId, null],
    )
    const plans = await db
      .selectFrom('permanence_plan')
      .selectAll()
      .where('child_id', '=', world.childId)
      .orderBy('start_date')
      .execute()
    assert.deepEqual(
      plans.map((p) => [p.code, p.start_date, p.end_date]),
      [
        ['RETURN6M', '2026-03-02', '2026-06-01'],
        ['ADOPTION', '2026-06-01', null],
      ],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'adoption_journey', record_id: String(journey.id) }])
    assert.equal((await world.client.get(url)).status, 409)
    assert.equal(
      (await world.client.get(`/children/${world.childId}/record/adoption-milestones`)).status,
      200,
    )
  })
})
