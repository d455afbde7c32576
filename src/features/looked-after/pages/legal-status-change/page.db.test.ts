// A change of legal status: the current status ends, the new one starts the same day, audited.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a change of legal status', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld({ legalStatus: 'C1' })
    url = `/children/${world.childId}/record/legal-status-change`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/legal-status-change`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('shows the current legal status and refuses the same code again', async () => {
    const page = await world.client.get(url)
    assert.match(page.$('main').text(), /Interim care order \(C1\) since 2 March 2026/)
    const bad = await world.client.post(url, { ...dateParts('startDate', '2026-07-01'), code: 'C1' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#code')
    assert.equal(
      bad.$('.govuk-error-summary__list a').text().trim(),
      'Select a legal status different from the current one',
    )
  })

  it('ends the interim care order and starts the full care order, audited', async () => {
    const ok = await world.client.post(url, { ...dateParts('startDate', '2026-07-01'), code: 'C2' })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const rows = await db
      .selectFrom('legal_status')
      .selectAll()
      .where('child_id', '=', world.childId)
      .orderBy('start_date')
      .execute()
    assert.deepEqual(
      rows.map((l) => [l.code, l.start_date, l.end_date]),
      [
        ['C1', '2026-03-02', '2026-07-01'],
        ['C2', '2026-07-01', null],
      ],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'legal_status', record_id: String(rows[1]?.id) }])
    const summary = await world.client.get(`/children/${world.childId}`)
    assert.match(summary.$('main').text(), /Full care order \(C2\) since 1 July 2026/)
  })
})
