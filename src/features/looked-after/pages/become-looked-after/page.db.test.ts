// Becoming looked after from the child's record: a period of care, its first legal status and
// first placement, written together and audited; refused for the wrong role and when already looked after.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record that the child became looked after', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld({ periodStart: null })
    url = `/children/${world.childId}/record/become-looked-after`
  })
  after(() => world.close())

  it('is offered on the record menu of a child with an open referral', async () => {
    const menu = await world.client.get(`/children/${world.childId}/record`)
    assert.match(menu.$('main').text(), /Record that the child became looked after/)
    assert.doesNotMatch(menu.$('main').text(), /Record a change of placement/)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('re-renders with the answers and GOV.UK errors when the form is incomplete', async () => {
    const page = await world.client.get(url)
    assert.equal(page.$('h1').text().trim(), 'Record that the child became looked after')
    const bad = await world.client.post(url, {
      ...dateParts('startDate', '2025-12-01'),
      legalStatus: 'C1',
      placementType: 'P1',
      provider: 'PR0',
      urn: 'SC123456',
    })
    assert.equal(bad.status, 400)
    const links = bad
      .$('.govuk-error-summary__list a')
      .map((_i, el) => bad.$(el).attr('href'))
      .get()
    assert.deepEqual(links, ['#startDate-day', '#categoryOfNeed'])
    assert.match(bad.$('.govuk-error-summary').text(), /must be on or after the referral date/)
    assert.equal(bad.$('input[name=legalStatus][value=C1]').attr('checked'), 'checked')
    assert.equal(bad.$('#placementType option[value=P1]').attr('selected'), 'selected')
  })

  it('starts the period of care with its legal status and placement, audited', async () => {
    const ok = await world.client.post(url, {
      ...dateParts('startDate', '2026-04-06'),
      categoryOfNeed: 'N1',
      legalStatus: 'V2',
      placementType: 'U6',
      provider: 'PR4',
      postcode: 'ts3 4cd',
      urn: 'sc123456',
    })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const period = await db
      .selectFrom('period_of_care')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [period.start_date, period.end_date, period.category_of_need],
      ['2026-04-06', null, 'N1'],
    )
    const legal = await db
      .selectFrom('legal_status')
      .selectAll()
      .where('period_of_care_id', '=', period.id)
      .execute()
    assert.deepEqual(
      legal.map((l) => [l.code, l.start_date, l.end_date]),
      [['V2', '2026-04-06', null]],
    )
    const placement = await db
      .selectFrom('placement')
      .selectAll()
      .where('period_of_care_id', '=', period.id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [placement.placement_type, placement.provider, placement.postcode, placement.urn, placement.start_date],
      ['U6', 'PR4', 'TS3 4CD', 'SC123456', '2026-04-06'],
    )
    const audit = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(
      audit.map((a) => [a.record_type, a.record_id, a.outcome]),
      [['period_of_care', String(period.id), 'allowed']],
    )
    assert.match(period.recorded_by, /^user:\d+$/)
    const summary = await world.client.get(`/children/${world.childId}`)
    assert.match(summary.$('[data-qa=status]').text(), /Looked after/)
  })

  it('is refused once the child is looked after', async () => {
    const again = await world.client.get(url)
    assert.equal(again.status, 409)
    assert.match(again.$('main').text(), /only one period of care can be open/)
  })
})
