// A looked-after review: held date, the child's participation, and the due date from the timescale engine.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { allocate } from '../../../../../test/support/casework-fixtures.ts'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a looked-after review', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld({ periodStart: '2026-10-01' })
    url = `/children/${world.childId}/record/cla-review`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/cla-review`)).status, 409)
  })

  it('is not for a personal adviser, even one allocated to the child', async () => {
    await allocate(
      world.database.db,
      world.childId,
      world.authority.workers.personalAdviser,
      world.authority.teams.leavingCare,
      '2026-10-01',
      'personal_adviser',
    )
    const adviser = await world.signIn(world.authority.users.personalAdviser)
    assert.equal((await adviser.get(url)).status, 403)
  })

  it('asks how the child took part', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, dateParts('heldDate', '2026-10-27'))
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#participation')
    assert.equal(bad.$('#heldDate-day').val(), '27')
  })

  it('lets the independent reviewing officer record the first review, due 20 working days after the child became looked after', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    await iro.get(url)
    const ok = await iro.post(url, { ...dateParts('heldDate', '2026-10-27'), participation: 'PN1' })
    assert.equal(ok.status, 302)
    const db = world.database.db
    const review = await db
      .selectFrom('cla_review')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual(
      [review.held_date, review.due_date, review.participation, review.period_of_care_id],
      ['2026-10-27', '2026-10-29', 'PN1', world.periodId],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id', 'role'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'cla_review', record_id: String(review.id), role: 'iro' }])
  })
})
