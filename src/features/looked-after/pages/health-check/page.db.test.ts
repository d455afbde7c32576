// A health assessment or dental check for a looked-after child.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import {
  dateParts,
  lookedAfterWorld,
  type LookedAfterWorld,
} from '../../../../../test/support/looked-after-fixtures.ts'

describe('record a health assessment or dental check', () => {
  let world: LookedAfterWorld
  let url: string
  before(async () => {
    world = await lookedAfterWorld()
    url = `/children/${world.childId}/record/health-check`
  })
  after(() => world.close())

  it('is refused for a child who is not looked after', async () => {
    const other = await world.addChildNotLookedAfter()
    assert.equal((await world.client.get(`/children/${other}/record/health-check`)).status, 409)
  })

  it('is not for an independent reviewing officer', async () => {
    const iro = await world.signIn(world.authority.users.iro)
    assert.equal((await iro.get(url)).status, 403)
  })

  it('asks what was done, keeping the date typed', async () => {
    await world.client.get(url)
    const bad = await world.client.post(url, { ...dateParts('doneDate', '2026-04-01'), status: 'completed' })
    assert.equal(bad.status, 400)
    assert.equal(bad.$('.govuk-error-summary__list a').attr('href'), '#kind')
    assert.equal(bad.$('#doneDate-month').val(), '4')
    assert.equal(bad.$('input[name=status][value=completed]').attr('checked'), 'checked')
  })

  it('records a dental check and an initial health assessment, each audited', async () => {
    assert.equal(
      (
        await world.client.post(url, {
          ...dateParts('doneDate', '2026-04-01'),
          kind: 'initial_health',
          status: 'completed',
        })
      ).status,
      302,
    )
    await world.client.get(url)
    assert.equal(
      (
        await world.client.post(url, {
          ...dateParts('doneDate', '2026-09-10'),
          kind: 'dental',
          status: 'refused',
        })
      ).status,
      302,
    )
    const db = world.database.db
    const rows = await db
      .selectFrom('health_check')
      .selectAll()
      .where('child_id', '=', world.childId)
      .orderBy('done_date')
      .execute()
    assert.deepEqual(
      rows.map((r) => [r.kind, r.done_date, r.status]),
      [
        ['initial_health', '2026-04-01', 'completed'],
        ['dental', '2026-09-10', 'refused'],
      ],
    )
    const audit = await db
      .selectFrom('audit_event')
      .select(['record_type', 'record_id'])
      .where('child_id', '=', world.childId)
      .where('action', '=', 'create')
      .orderBy('id')
      .execute()
    assert.deepEqual(
      audit,
      rows.map((r) => ({ record_type: 'health_check', record_id: String(r.id) })),
    )
  })
})
