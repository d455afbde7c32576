// A personal education plan for a looked-after child.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a personal education plan', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/pep`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/pep`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('refuses a plan dated in the future', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, dateParts('planDate', '2026-12-01'))
    assert.equal(bad.status, 400)
    assert.equal(
      bad.$('.govuk-error-summary__list a').text().trim(),
      'Date of the personal education plan must be today or in the past',
    )
    assert.equal(bad.$('#planDate-month').val(), '12')
  })

  it('records the plan in the period of care, audited', async () => {
    const ok = await world.client.post(url, dateParts('planDate', '2026-03-12'))
    assert.equal(ok.status, 302)
    const db = world.database.db
    const plan = await db
      .selectFrom('personal_education_plan')
      .selectAll()
      .where('child_id', '=', world.childId)
      .executeTakeFirstOrThrow()
    assert.deepEqual([plan.plan_date, plan.period_of_care_id], ['2026-03-12', world.periodId])
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ record_type: 'personal_education_plan', record_id: String(plan.id) }])
  })
})
