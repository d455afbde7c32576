// The child's SSDA903 episodes, derived from what the looked-after steps recorded: a same-day
// change of legal status and placement is one episode (U with the same carer, B with another);
// the read is audited and access-checked.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { writeAs } from '../../../../db/write.ts'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('looked-after episodes (SSDA903)', () => {
  let world: LookedAfterWorld
  let url: string
  const rows = async () => {
    const page = await world.client.get(url)
    return page
      .$('tbody tr')
      .map((_i, tr) => [
        page
          .$(tr)
          .find('td')
          .map((_j, td) => page.$(td).text().trim())
          .get(),
      ])
      .get() as string[][]
  }
  before(async () => {
    world = await lookedAfterWorld({ periodStart: null })
    url = `/children/${world.childId}/looked-after/episodes`
  })
  after(() => world.close())

  it('says when the child has never been looked after', async () => {
    const page = await world.client.get(url)
    assert.equal(page.status, 200)
    assert.equal(page.$('h1').text().trim(), 'Looked-after episodes (SSDA903)')
    assert.match(page.$('main').text(), /The child has not been looked after/)
  })

  it('is not shown to a worker with no relationship to the child, and the refusal is audited', async () => {
    const other = await world.signIn(world.authority.users.otherWorker)
    assert.equal((await other.get(url)).status, 404)
    const refused = await world.database.db
      .selectFrom('audit_event')
      .select('outcome')
      .where('record_type', '=', 'ssda903_episodes')
      .where('outcome', '=', 'refused')
      .execute()
    assert.equal(refused.length, 1)
  })

  it('follows the steps recorded: S, L, U for a same-day change of both with the same carer, then P', async () => {
    const carerId = await writeAs(world.database.db, { id: 'system:test-fixture' }, async (trx) => {
      const row = await trx
        .insertInto('carer')
        .values({
          kind: 'in_house_foster',
          name: 'Carer Household 1',
          provider: 'PR1',
          approved_date: '2020-01-01',
          capacity: 2,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    })
    const record = async (step: string, form: Record<string, string>) => {
      await world.client.get(`/children/${world.childId}/record/${step}`)
      const page = await world.client.post(`/children/${world.childId}/record/${step}`, form)
      assert.equal(page.status, 302, `${step}: ${page.$('.govuk-error-summary').text()}`)
    }
    await record('become-looked-after', {
      ...dateParts('startDate', '2026-02-02'),
      categoryOfNeed: 'N1',
      legalStatus: 'V2',
      placementType: 'U6',
      provider: 'PR1',
      carerId: String(carerId),
    })
    await record('legal-status-change', { ...dateParts('startDate', '2026-03-02'), code: 'C1' })
    await record('legal-status-change', { ...dateParts('startDate', '2026-05-04'), code: 'C2' })
    await record('placement-change', {
      ...dateParts('moveDate', '2026-05-04'),
      changeReason: 'CARPL',
      placementType: 'U4',
      provider: 'PR1',
      carerId: String(carerId),
    })
    await record('placement-change', {
      ...dateParts('moveDate', '2026-08-03'),
      changeReason: 'CHILD',
      placementType: 'K2',
      provider: 'PR4',
    })
    assert.deepEqual(
      (await rows()).map((r) => [r[0], r[1], r[2]?.slice(0, 2), r[3]?.slice(0, 2), r[5], r[6], r[7]]),
      [
        ['2 February 2026', 'S', 'V2', 'U6', '2 March 2026', 'X1', ''],
        ['2 March 2026', 'L', 'C1', 'U6', '4 May 2026', 'X1', 'CARPL'],
        ['4 May 2026', 'U', 'C2', 'U4', '3 August 2026', 'X1', 'CHILD'],
        ['3 August 2026', 'P', 'C2', 'K2', 'Open', '', ''],
      ],
    )
    const viewed = await world.database.db
      .selectFrom('audit_event')
      .select('outcome')
      .where('record_type', '=', 'ssda903_episodes')
      .where('outcome', '=', 'allowed')
      .execute()
    assert.ok(viewed.length >= 2)
  })

  it('refuses a carer the page did not offer', async () => {
    const url = `/children/${world.childId}/record/placement-change`
    await world.client.get(url)
    const page = await world.client.post(url, {
      ...dateParts('moveDate', '2026-09-01'),
      changeReason: 'CHILD',
      placementType: 'K2',
      provider: 'PR4',
      carerId: '999999',
    })
    assert.equal(page.status, 400)
    const open = await world.database.db
      .selectFrom('placement')
      .select('start_date')
      .where('child_id', '=', world.childId)
      .where('end_date', 'is', null)
      .execute()
    assert.deepEqual(open, [{ start_date: '2026-08-03' }])
  })
})
