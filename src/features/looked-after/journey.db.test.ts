// The whole looked-after journey through the real app, step after step as a practitioner records
// it: from becoming looked after to the adoption order, then the record as it reads back.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../test/support/looked-after-fixtures.ts'

describe('the looked-after journey, from becoming looked after to adoption', () => {
  let world: LookedAfterWorld
  const record = async (step: string, form: Record<string, string>) => {
    const url = `/children/${world.childId}/record/${step}`
    assert.equal((await world.client.get(url)).status, 200, `${step} should be open`)
    const page = await world.client.post(url, form)
    assert.equal(page.status, 302, `${step}: ${page.$('.govuk-error-summary').text().trim()}`)
  }
  before(async () => {
    world = await lookedAfterWorld({ periodStart: null })
  })
  after(() => world.close())

  it('records every step in order', async () => {
    await record('become-looked-after', {
      ...dateParts('startDate', '2026-01-12'),
      categoryOfNeed: 'N1',
      legalStatus: 'C1',
      placementType: 'U6',
      provider: 'PR1',
    })
    await record('cla-visit', { ...dateParts('visitDate', '2026-01-15'), seen: 'yes', seenAlone: 'no' })
    await record('health-check', {
      ...dateParts('doneDate', '2026-01-20'),
      kind: 'initial_health',
      status: 'completed',
    })
    await record('pep', dateParts('planDate', '2026-01-22'))
    await record('cla-review', { ...dateParts('heldDate', '2026-02-05'), participation: 'PN1' })
    await record('missing-episode', { ...dateParts('startDate', '2026-02-10'), kind: 'A' })
    await record('missing-return', {
      ...dateParts('returnDate', '2026-02-11'),
      rhiOffered: 'yes',
      rhiAccepted: 'no',
    })
    await record('legal-status-change', { ...dateParts('startDate', '2026-03-02'), code: 'C2' })
    await record('adoption-decision', dateParts('decisionDate', '2026-04-01'))
    await record('adoption-milestones', {
      ...dateParts('placementOrderDate', '2026-05-05'),
      ...dateParts('matchedDate', '2026-06-01'),
    })
    await record('legal-status-change', { ...dateParts('startDate', '2026-05-05'), code: 'E1' })
    await record('placement-change', {
      ...dateParts('moveDate', '2026-06-15'),
      changeReason: 'CARPL',
      placementType: 'A6',
      provider: 'PR1',
    })
    await record('adoption-milestones', {
      ...dateParts('placementOrderDate', '2026-05-05'),
      ...dateParts('matchedDate', '2026-06-01'),
      ...dateParts('placedDate', '2026-06-15'),
    })
    await record('adoption-order', { ...dateParts('orderDate', '2026-11-16'), reasonCeased: 'E12' })
  })

  it('audits each step as its own write, by the signed-in worker', async () => {
    const rows = await world.database.db
      .selectFrom('audit_event')
      .select(['action', 'record_type', 'username'])
      .where('child_id', '=', world.childId)
      .where('action', 'in', ['create', 'update'])
      .orderBy('id')
      .execute()
    assert.deepEqual(
      rows.map((r) => `${r.action} ${r.record_type}`),
      [
        'create period_of_care',
        'create visit',
        'create health_check',
        'create personal_education_plan',
        'create cla_review',
        'create missing_episode',
        'update missing_episode',
        'create legal_status',
        'create adoption_journey',
        'update adoption_journey',
        'create legal_status',
        'create placement',
        'update adoption_journey',
        'create permanence_order',
      ],
    )
    assert.ok(rows.every((r) => r.username === world.authority.users.socialWorker))
    const period = await world.database.db
      .selectFrom('period_of_care')
      .select(['recorded_by', 'updated_by'])
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.match(period.recorded_by, /^user:\d+$/)
    assert.equal(period.updated_by, period.recorded_by)
  })

  it('derives the 903 episodes from the placements and legal statuses recorded', async () => {
    const page = await world.client.get(`/children/${world.childId}/looked-after/episodes`)
    const rows = page
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
      rows.map((r) => [r[1], r[2]?.slice(0, 2), r[3]?.slice(0, 2), r[6]]),
      [
        ['S', 'C1', 'U6', 'X1'],
        ['L', 'C2', 'U6', 'X1'],
        ['L', 'E1', 'U6', 'X1'],
        ['P', 'E1', 'A6', 'E12'],
      ],
    )
  })

  it('leaves the child no longer looked after, with the adoption in the chronology', async () => {
    const summary = await world.client.get(`/children/${world.childId}`)
    assert.doesNotMatch(summary.$('[data-qa=status]').text(), /Looked after/)
    const chronology = await world.client.get(`/children/${world.childId}/chronology`)
    assert.match(chronology.$('main').text(), /Order granted: Adoption order/)
    assert.match(chronology.$('main').text(), /Ceased to be looked after/)
  })
})
