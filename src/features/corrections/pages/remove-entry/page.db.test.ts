// Removing an entry recorded in error: asked first with a reason, only for someone who may record
// it and can see the child, then deleted (kept in history), audited, traced on the chronology,
// and gone from what is due.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { addChild, allocate } from '../../../../../test/support/casework-fixtures.ts'
import { lookedAfterWorld, type LookedAfterWorld } from '../../../../../test/support/looked-after-fixtures.ts'
import { writeAs } from '../../../../db/write.ts'

describe('remove an entry recorded in error', () => {
  let world: LookedAfterWorld
  const visitOn = async (childId: number, visitDate: string) =>
    writeAs(world.database.db, { id: 'system:test' }, async (trx) =>
      (await trx.insertInto('visit').values({ child_id: childId, kind: 'cla', visit_date: visitDate, seen: true, seen_alone: true }).returning('id').executeTakeFirstOrThrow()).id,
    )
  const removeUrl = (childId: number, visitId: number) => `/children/${childId}/entries/visit/${visitId}/remove`
  const visitDue = async () => (await world.app.deps.dueWork.forChild(world.childId as never)).find((item) => /visit/i.test(item.label))?.dueDate

  before(async () => {
    world = await lookedAfterWorld()
  })
  after(() => world.close())

  it('offers "Remove" on the chronology for entries the user may record, naming the entry for screen readers', async () => {
    const visitId = await visitOn(world.childId, '2026-11-02')
    const page = await world.client.get(`/children/${world.childId}/chronology?kind=visit`)
    const link = page.$('tbody tr a:contains("Remove")')
    assert.equal(link.attr('href'), removeUrl(world.childId, visitId))
    assert.equal(link.text().replace(/\s+/g, ' ').trim(), 'Remove visit on 2 November 2026')
    const placements = await world.client.get(`/children/${world.childId}/chronology?kind=looked_after`)
    assert.ok(placements.$('tbody tr').length > 0)
    assert.equal(placements.$('tbody tr a:contains("Remove")').length, 0, 'placements and legal status shape the episode: no remove link')

    const iro = await world.signIn(world.authority.users.iro)
    const asIro = await iro.get(`/children/${world.childId}/chronology?kind=visit`)
    assert.equal(asIro.status, 200)
    assert.equal(asIro.$('tbody tr a:contains("Remove")').length, 0, 'an IRO does not record visits, so may not remove them')
    assert.equal((await iro.get(removeUrl(world.childId, visitId))).status, 403)
  })

  it('asks for a reason, and shows the error with what was typed', async () => {
    const visitId = await visitOn(world.childId, '2026-11-03')
    const confirm = await world.client.get(removeUrl(world.childId, visitId))
    assert.equal(confirm.status, 200)
    assert.equal(confirm.$('h1').text().trim(), 'Remove an entry recorded in error')
    assert.match(confirm.$('.govuk-summary-list').text().replace(/\s+/g, ' '), /Entry Visit Date 3 November 2026/)
    assert.equal(confirm.$('label[for=reason]').text().trim(), 'Why is this being removed?')
    assert.equal(confirm.$('button.govuk-button--warning').text().trim(), 'Remove entry')

    const blank = await world.client.post(removeUrl(world.childId, visitId), { reason: '  ' })
    assert.equal(blank.status, 400)
    assert.equal(blank.$('.govuk-error-summary__list a').attr('href'), '#reason')
    assert.equal(blank.$('.govuk-error-summary__list a').text().trim(), 'Enter why this entry is being removed')
    const tooLong = await world.client.post(removeUrl(world.childId, visitId), { reason: `Recorded twice ${'x'.repeat(1000)}` })
    assert.equal(tooLong.status, 400)
    assert.equal(tooLong.$('textarea#reason').text(), `Recorded twice ${'x'.repeat(1000)}`)
    assert.equal(tooLong.$('title').text().startsWith('Error: '), true)
    const still = await world.database.db.selectFrom('visit').select('id').where('id', '=', visitId).execute()
    assert.equal(still.length, 1, 'nothing removed while the form has errors')
  })

  it('refuses, as not found, an entry of another child, a child in another team and a restricted child', async () => {
    const otherChild = await addChild(world.database.db, { forename: 'Nell', surname: 'Other', dateOfBirth: '2015-01-01' })
    await allocate(world.database.db, otherChild, world.authority.workers.earlyHelp, world.authority.teams.earlyHelp, '2026-01-05')
    const othersVisit = await visitOn(otherChild, '2026-11-04')
    assert.equal((await world.client.get(removeUrl(otherChild, othersVisit))).status, 404, 'another team’s child')
    assert.equal((await world.client.get(removeUrl(world.childId, othersVisit))).status, 404, 'another child’s entry under this child')
    await world.client.get(`/children/${world.childId}/chronology`)
    assert.equal((await world.client.post(removeUrl(world.childId, othersVisit), { reason: 'Wrong child' })).status, 404)
    assert.equal((await world.client.post(removeUrl(otherChild, othersVisit), { reason: 'Wrong child' })).status, 404)

    const restricted = await addChild(world.database.db, { forename: 'Rae', surname: 'Sealed', dateOfBirth: '2015-02-02' })
    await allocate(world.database.db, restricted, world.authority.workers.socialWorker, world.authority.teams.children, '2026-01-05')
    const sealedVisit = await visitOn(restricted, '2026-11-05')
    assert.equal((await world.client.get(removeUrl(restricted, sealedVisit))).status, 200, 'visible before it is restricted')
    await writeAs(world.database.db, { id: 'system:test' }, (trx) => trx.updateTable('child').set({ is_restricted: true }).where('id', '=', restricted).execute())
    assert.equal((await world.client.get(removeUrl(restricted, sealedVisit))).status, 404)
    assert.equal((await world.client.post(removeUrl(restricted, sealedVisit), { reason: 'Wrong child' })).status, 404)

    const kept = await world.database.db.selectFrom('visit').select('id').where('id', 'in', [othersVisit, sealedVisit]).execute()
    assert.equal(kept.length, 2)
    const refused = await world.database.db.selectFrom('audit_event').select('child_id').where('action', '=', 'delete').where('outcome', '=', 'refused').where('username', '=', world.authority.users.socialWorker).execute()
    assert.deepEqual(refused.map((r) => r.child_id).sort(), [otherChild, restricted].sort())
  })

  it('removes the visit: kept in history, audited, traced on the chronology, and the next visit is due again', async () => {
    const dueBefore = await visitDue()
    const visitId = await visitOn(world.childId, '2026-11-20')
    const dueWithVisit = await visitDue()
    assert.ok(dueBefore && dueWithVisit && dueWithVisit > dueBefore, `the visit moved the next one on (${dueBefore} → ${dueWithVisit})`)

    await world.client.get(removeUrl(world.childId, visitId))
    const removed = await world.client.post(removeUrl(world.childId, visitId), { reason: 'Recorded on the wrong child' })
    assert.equal(removed.status, 302)
    assert.equal(removed.location, `/children/${world.childId}/chronology?removed=visit`)

    const { db } = world.database
    assert.equal((await db.selectFrom('visit').select('id').where('id', '=', visitId).execute()).length, 0)
    const history = await db.selectFrom('record_history').select(['operation', 'changed_by', sql<string>`row_data ->> 'visit_date'`.as('visit_date')]).where('table_name', '=', 'visit').where('record_id', '=', visitId).execute()
    assert.equal(history.length, 1)
    assert.equal(history[0]?.operation, 'DELETE')
    assert.equal(history[0]?.visit_date, '2026-11-20')
    assert.match(history[0]?.changed_by ?? '', /^user:\d+$/)
    const audited = await db.selectFrom('audit_event').select(['username', 'outcome', 'child_id']).where('action', '=', 'delete').where('record_type', '=', 'visit').where('record_id', '=', String(visitId)).execute()
    assert.deepEqual(audited, [{ username: world.authority.users.socialWorker, outcome: 'allowed', child_id: world.childId }])

    const chronology = await world.client.get(removed.location ?? '')
    assert.equal(chronology.$('.govuk-notification-banner--success .govuk-notification-banner__heading').text().trim(), 'Visit removed.')
    const text = chronology.$('tbody').text().replace(/\s+/g, ' ')
    assert.match(text, /Visit on 20 November 2026 removed \(recorded in error\): Recorded on the wrong child — Alex Morgan, 23 November 2026/)
    assert.equal(chronology.$(`a[href="${removeUrl(world.childId, visitId)}"]`).length, 0, 'the removed visit has no entry left to remove')
    const filtered = await world.client.get(`/children/${world.childId}/chronology?kind=visit`)
    assert.match(filtered.$('tbody').text(), /removed \(recorded in error\)/, 'the trace is filed with the visits')
    assert.equal(filtered.$('tbody tr').filter((_i, tr) => filtered.$(tr).find('td').first().text().trim() === '20 November 2026').length, 1, 'only the trace is left on that date')

    assert.equal(await visitDue(), dueBefore, 'the next visit is due as if the visit had never been recorded')
    assert.equal((await world.client.post(removeUrl(world.childId, visitId), { reason: 'Again' })).status, 404, 'nothing left to remove')
  })

  it('lets an IRO remove a looked-after review they may record', async () => {
    const reviewId = await writeAs(world.database.db, { id: 'system:test' }, async (trx) =>
      (
        await trx
          .insertInto('cla_review')
          .values({ child_id: world.childId, period_of_care_id: world.periodId ?? 0, due_date: '2026-05-30', held_date: '2026-05-28', participation: 'PN1' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    )
    const iro = await world.signIn(world.authority.users.iro)
    const page = await iro.get(`/children/${world.childId}/chronology?kind=looked_after`)
    const href = `/children/${world.childId}/entries/cla-review/${reviewId}/remove`
    assert.equal(page.$(`a[href="${href}"]`).text().replace(/\s+/g, ' ').trim(), 'Remove looked-after review on 28 May 2026')
    await iro.get(href)
    assert.equal((await iro.post(href, { reason: 'Held date was for another child' })).status, 302)
    assert.equal((await world.database.db.selectFrom('cla_review').select('id').where('id', '=', reviewId).execute()).length, 0)
    const after = await iro.get(`/children/${world.childId}/chronology?kind=looked_after`)
    assert.match(after.$('tbody').text(), /Looked-after review on 28 May 2026 removed \(recorded in error\): Held date was for another child — Chris Ndlovu/)
  })

  it('removes a missing episode with the return interview recorded on it, and never a review not yet held', async () => {
    const { db } = world.database
    const episodeId = await writeAs(db, { id: 'system:test' }, async (trx) =>
      (
        await trx
          .insertInto('missing_episode')
          .values({ child_id: world.childId, period_of_care_id: world.periodId, kind: 'M', start_date: '2026-09-01', end_date: '2026-09-02', rhi_offered: true, rhi_accepted: true, rhi_date: '2026-09-03' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    )
    const href = `/children/${world.childId}/entries/missing-episode/${episodeId}/remove`
    const before = await world.client.get(`/children/${world.childId}/chronology?kind=missing`)
    assert.deepEqual(before.$('tbody tr a').map((_i, a) => before.$(a).attr('href')).get(), [href], 'only the episode itself offers removal')
    const confirm = await world.client.get(href)
    assert.match(confirm.$('main').text(), /return interview recorded with this episode are removed with it/)
    assert.equal((await world.client.post(href, { reason: 'Child was at school all day' })).status, 302)
    const after = await world.client.get(`/children/${world.childId}/chronology?kind=missing`)
    const rows = after.$('tbody tr td:nth-child(2)').map((_i, td) => after.$(td).text().trim()).get()
    assert.deepEqual(rows, ['Missing episode on 1 September 2026 removed (recorded in error): Child was at school all day — Alex Morgan, 23 November 2026'])

    const scheduled = await writeAs(db, { id: 'system:test' }, async (trx) =>
      (await trx.insertInto('cla_review').values({ child_id: world.childId, period_of_care_id: world.periodId ?? 0, due_date: '2026-12-01' }).returning('id').executeTakeFirstOrThrow()).id,
    )
    assert.equal((await world.client.get(`/children/${world.childId}/entries/cla-review/${scheduled}/remove`)).status, 404)
    assert.equal((await world.client.get(`/children/${world.childId}/entries/placement/1/remove`)).status, 404, 'placements are not removable here')
  })
})
