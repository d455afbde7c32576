// A change of placement: the current placement ends with the reason, the new one starts the same
// day, audited; the derived 903 episodes follow. Refused before the child is looked after and for an IRO.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a change of placement', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/placement-change`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    const page = await world.client.get(`/children/${other}/record/placement-change`)
    assert.equal(page.status, 409)
    assert.match(page.$('main').text(), /needs an open period of care/)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('refuses a move before the current placement started, keeping the answers', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, {
      ...dateParts('moveDate', '2026-02-01'),
      changeReason: 'CARPL',
      placementType: 'K2',
      provider: 'PR4',
    })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#moveDate-day')
    assert.equal(
      bad.$('.govuk-error-summary__list a').text().trim(),
      'Date the child moved must be on or after the start of the current placement',
    )
    assert.equal(bad.$('input[name=changeReason][value=CARPL]').attr('checked'), 'checked')
    assert.equal(bad.$('#moveDate-year').val(), '2026')
  })

  it('ends the current placement with the reason and starts the new one, audited', async () => {
    const ok = await world.client.post(url, {
      ...dateParts('moveDate', '2026-06-15'),
      changeReason: 'CREQB',
      placementType: 'K2',
      provider: 'PR4',
      urn: 'SC654321',
    })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const rows = await db
      .selectFrom('placement')
      .selectAll()
      .where('child_id', '=', world.childId)
      .orderBy('start_date')
      .execute()
    assert.deepEqual(
      rows.map((p) => [p.placement_type, p.start_date, p.end_date, p.change_reason, p.urn]),
      [
        ['U6', '2026-03-02', '2026-06-15', 'CREQB', null],
        ['K2', '2026-06-15', null, null, 'SC654321'],
      ],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'placement', record_id: String(rows[1]?.id) }])
  })

  it('shows the new episode on the SSDA903 episodes page, ending the first with X1 and its reason', async () => {
    const summary = await world.client.get(`/children/${world.childId}`)
    const link = summary.$('[data-qa=episodes-link]').attr('href') as string
    const page = await world.client.get(link)
    assert.equal(page.status, 200)
    const cells = page
      .$('tbody tr')
      .map((_i, tr) => [
        page
          .$(tr)
          .find('td')
          .map((_j, td) => page.$(td).text().trim())
          .get(),
      ])
      .get() as string[][]
    assert.deepEqual(
      cells.map((c) => [c[0], c[1], c[3]?.slice(0, 2), c[6], c[7]]),
      [
        ['2 March 2026', 'S', 'U6', 'X1', 'CREQB'],
        ['15 June 2026', 'P', 'K2', '', ''],
      ],
    )
  })
})
