// Journey on the demo authority: a child on the demo social worker's caseload becomes looked after,
// moves placement, has a visit recorded in error and removed from the chronology (so it is due again),
// goes missing and comes back (return interview held), has the agency decision for adoption, a placement order (a change of legal
// status) and the adoption milestones, and is adopted; the records, the due dates on the summary
// and the SSDA903 episodes follow. Then the demo personal adviser records a contact with a care
// leaver and the next contact falls due 2 months later. Axe runs on every page and error state.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { sql } from 'kysely'
import { DEMO_PASSWORD } from '../../src/features/sign-in/demo-accounts.ts'
import { addChild, addReferral, allocate } from '../support/casework-fixtures.ts'
import { addCareLeaver } from '../support/support-fixtures.ts'
import { answer, arrive, expectErrors, fillDate } from './pages/base-page.ts'
import { E2E_TODAY, startE2eApp, type E2eApp } from './support/app.ts'
import { BrowserSession } from './support/session.ts'

// The journey, oldest first; every date is before E2E_TODAY (23 November 2026).
const ENTERED_CARE = '2026-03-02'
const MOVED = '2026-05-11'
/** A visit recorded on this child in error, and then removed. */
const VISITED_IN_ERROR = '2026-05-14'
const WENT_MISSING = '2026-05-30'
const RETURNED = '2026-06-01'
const RETURN_INTERVIEW = '2026-06-03'
const ADOPTION_DECISION = '2026-06-08'
const PLACEMENT_ORDER = '2026-07-20'
const MATCHED = '2026-08-24'
const PLACED = '2026-09-07'
const ADOPTED = '2026-11-16'
/** The child's open referral must be no later than the day they entered care. */
const LATEST_REFERRAL = '2026-02-27'
const CONTACT = '2026-11-20'

interface Picked {
  id: number
  name: string
}

describe('looked-after journey to adoption, and a care leaver contact', () => {
  let app: E2eApp
  let users: BrowserSession
  let page: Page
  let child: Picked
  let careLeaver: Picked

  /**
   * The youngest child on the demo social worker's caseload who has an open referral from before the
   * journey starts, has never been looked after and has no care proceedings under way. (At scale 0.1
   * such a child is also on a child protection plan; the plan stays as it is.)
   */
  async function pickChildForCare(): Promise<Picked> {
    const db = app.database.db
    const found = await sql<{ id: number; forename: string; surname: string }>`
      select c.id, c.forename, c.surname from child c
      where c.date_of_birth >= '2021-01-01'
        and exists (select 1 from allocation a join worker w on w.id = a.worker_id
                    where a.child_id = c.id and w.staff_id = 'demo-social-worker' and a.end_date is null)
        and (select max(r.referral_date) from referral r
             where r.child_id = c.id and r.nfa = false and (r.closure_date is null or r.closure_date > ${E2E_TODAY})) <= ${LATEST_REFERRAL}
        and not exists (select 1 from period_of_care p where p.child_id = c.id)
        and not exists (select 1 from adoption_journey j where j.child_id = c.id)
        and not exists (select 1 from care_proceedings p where p.child_id = c.id and p.final_order_date is null)
      order by c.date_of_birth desc, c.id limit 1`.execute(db)
    const row = found.rows[0]
    if (row) return { id: row.id, name: `${row.forename} ${row.surname}` }
    // None at this scale: make one, allocated to the demo social worker.
    const worker = await db.selectFrom('worker').select(['id', 'team_id']).where('staff_id', '=', 'demo-social-worker').executeTakeFirstOrThrow()
    const id = await addChild(db, { forename: 'Poppy', surname: 'Haldane', dateOfBirth: '2024-01-15', sex: 'F' })
    await addReferral(db, id, '2026-01-12', worker.team_id)
    await allocate(db, id, worker.id, worker.team_id as number, '2026-01-12')
    return { id, name: 'Poppy Haldane' }
  }

  /** A care leaver allocated to the demo personal adviser, who left care before the contact. */
  async function pickCareLeaver(): Promise<Picked> {
    const db = app.database.db
    const found = await sql<{ id: number; forename: string; surname: string }>`
      select c.id, c.forename, c.surname from child c
      where exists (select 1 from care_leaver l where l.child_id = c.id)
        and exists (select 1 from allocation a join worker w on w.id = a.worker_id
                    where a.child_id = c.id and w.staff_id = 'demo-personal-adviser' and a.role = 'personal_adviser' and a.end_date is null)
        and (select max(p.end_date) from period_of_care p where p.child_id = c.id) <= '2026-09-01'
        and not exists (select 1 from period_of_care p where p.child_id = c.id and (p.end_date is null or p.end_date > ${E2E_TODAY}))
        and not exists (select 1 from care_leaver_contact x where x.child_id = c.id and x.contact_date >= ${CONTACT})
      order by c.id limit 1`.execute(db)
    const row = found.rows[0]
    if (row) return { id: row.id, name: `${row.forename} ${row.surname}` }
    const worker = await db.selectFrom('worker').select(['id', 'team_id']).where('staff_id', '=', 'demo-personal-adviser').executeTakeFirstOrThrow()
    const id = await addChild(db, { forename: 'Jordan', surname: 'Ashworth', dateOfBirth: '2007-05-30', sex: 'M' })
    await addCareLeaver(db, id, { careStart: '2021-01-10', careEnd: '2025-05-29' })
    await allocate(db, id, worker.id, worker.team_id as number, '2025-05-30', 'personal_adviser')
    return { id, name: 'Jordan Ashworth' }
  }

  before(async () => {
    app = await startE2eApp({ demo: true })
    child = await pickChildForCare()
    careLeaver = await pickCareLeaver()
    users = await BrowserSession.launch(app.baseUrl)
  })
  after(async () => {
    await users?.close()
    await app?.close()
  })

  const as = async (username: string) => {
    page = await users.as(username, DEMO_PASSWORD)
  }
  const menu = async (childId: number): Promise<string[]> => {
    await page.goto(`/children/${childId}/record`)
    await arrive(page, 'Record something', 'record something')
    return (await page.locator('main ul.govuk-list a').allTextContents()).map((t) => t.trim())
  }
  const record = async (childId: number, link: string) => {
    assert.ok((await menu(childId)).includes(link), `"${link}" is offered`)
    await page.getByRole('link', { name: link, exact: true }).click()
    await arrive(page, link, link)
  }
  const save = () => page.getByRole('button', { name: 'Save' }).click()
  const savedTo = async (who: Picked, label: string) => {
    await page.waitForURL((url) => url.pathname === `/children/${who.id}` && url.searchParams.get('saved') === 'recorded')
    await arrive(page, who.name, label)
  }
  const dueRow = (label: string) => page.locator('main table.govuk-table tbody tr').filter({ hasText: label })
  const dueDates = async (label: string) => (await dueRow(label).locator('td:nth-child(2)').allTextContents()).map((t) => t.trim())
  const summaryValue = async (key: string) =>
    ((await page.locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd').textContent()) ?? '').replace(/\s+/g, ' ').trim()

  it('the social worker records that the child became looked after', async () => {
    await as('social.worker')
    await record(child.id, 'Record that the child became looked after')
    await save()
    await expectErrors(
      page,
      ['Enter the date the child became looked after', 'Select the category of need', 'Select the legal status', 'Select the type of placement', 'Select who provides the placement'],
      'became looked after',
    )
    await fillDate(page, 'Date the child became looked after', ENTERED_CARE)
    await page.getByRole('radio', { name: 'Abuse or neglect (N1)' }).check()
    await page.getByRole('radio', { name: 'Interim care order (C1)' }).check()
    await page.getByLabel('Type of placement').selectOption({ label: 'Foster placement with other foster carer: not long term or FFA (U6)' })
    await page.getByRole('radio', { name: 'Own provision by the local authority (PR1)' }).check()
    await page.getByLabel('Postcode of the placement (optional)').fill('ts1 4mv')
    await save()
    await savedTo(child, 'summary after becoming looked after')
    assert.equal(await summaryValue('Legal status'), 'Interim care order (C1) since 2 March 2026')
    assert.equal(await summaryValue('Placement'), 'Foster placement with other foster carer: not long term or FFA (U6) since 2 March 2026')
    // Regulation 33: first review within 20 working days; regulation 28: a visit within a week of the placement.
    assert.deepEqual(await dueDates('First looked-after review'), ['30 March 2026'])
    assert.deepEqual(await dueDates('Initial health assessment'), ['30 March 2026'])
    assert.deepEqual(await dueDates('Visit within 1 week of the placement starting'), ['9 March 2026'])
  })

  it('records a move to a fostering-for-adoption placement', async () => {
    await record(child.id, 'Record a change of placement')
    assert.match((await page.locator('main').textContent()) ?? '', /Current placement since 2 March 2026/)
    await fillDate(page, 'Date the child moved', '2026-02-20')
    await page.getByRole('radio', { name: 'Change to the care plan (CARPL)' }).check()
    await page.getByLabel('Type of placement').selectOption({ label: 'Foster placement with other foster carer who is also an approved adopter: FFA or concurrent planning (U5)' })
    await page.getByRole('radio', { name: 'Own provision by the local authority (PR1)' }).check()
    await save()
    await expectErrors(page, ['Date the child moved must be on or after the start of the current placement'], 'change of placement')
    assert.equal(await page.getByRole('radio', { name: 'Change to the care plan (CARPL)' }).isChecked(), true)
    await fillDate(page, 'Date the child moved', MOVED)
    await save()
    await savedTo(child, 'summary after the move')
    assert.equal(await summaryValue('Placement'), 'Foster placement with other foster carer who is also an approved adopter: FFA or concurrent planning (U5) since 11 May 2026')
    // Each placement has its own first visit: the one to the new placement is due a week after the
    // move, and the first placement's, never made, is missed now that placement has ended.
    assert.deepEqual(await dueDates('Visit within 1 week of the placement starting'), ['18 May 2026'])
  })

  it('records a visit (by mistake: it is removed next), which answers the first visit', async () => {
    const firstVisit = 'Visit within 1 week of the placement starting'
    await record(child.id, 'Record a statutory visit')
    await save()
    await expectErrors(page, ['Enter the date of the visit', 'Select whether the child was seen'], 'statutory visit')
    await fillDate(page, 'Date of the visit', VISITED_IN_ERROR)
    await answer(page, 'Was the child seen?', 'Yes')
    await save()
    await expectErrors(page, ['Select whether the child was seen alone'], 'statutory visit, seen but not said whether alone')
    await answer(page, 'Was the child seen alone?', 'Yes')
    await save()
    await savedTo(child, 'summary after the visit')
    assert.deepEqual(await dueDates(firstVisit), [], 'the visit answers the first one')
  })

  it('removes the visit recorded in error from the chronology, so the visit is due again', async () => {
    const firstVisit = 'Visit within 1 week of the placement starting'
    await page.goto(`/children/${child.id}/chronology`)
    await arrive(page, 'Chronology', 'chronology')
    await page.getByRole('link', { name: 'Remove visit on 14 May 2026' }).click()
    await arrive(page, 'Remove an entry recorded in error', 'remove an entry')
    await page.getByRole('button', { name: 'Remove entry' }).click()
    await expectErrors(page, ['Enter why this entry is being removed'], 'remove an entry')
    await page.getByLabel('Why is this being removed?').fill('Recorded on the wrong child')
    await page.getByRole('button', { name: 'Remove entry' }).click()
    await arrive(page, 'Chronology', 'chronology after removing the visit')
    assert.match((await page.locator('.govuk-notification-banner').textContent()) ?? '', /Visit removed\./)
    assert.match((await page.locator('main table').textContent()) ?? '', /Visit on 14 May 2026 removed \(recorded in error\): Recorded on the wrong child — /)
    assert.equal(await page.getByRole('link', { name: 'Remove visit on 14 May 2026' }).count(), 0)

    await page.goto(`/children/${child.id}`)
    await arrive(page, child.name, 'summary after removing the visit')
    assert.deepEqual(await dueDates(firstVisit), ['18 May 2026'])
  })

  it('records that the child went missing and came back, with the return interview held within 72 hours', async () => {
    await record(child.id, 'Record a missing episode')
    await save()
    await expectErrors(page, ['Select whether the child was missing or away without authorisation', 'Enter the date the child went missing'], 'missing episode')
    await page.getByRole('radio', { name: 'Missing: whereabouts not known' }).check()
    await fillDate(page, 'Date the child went missing', WENT_MISSING)
    await save()
    await savedTo(child, 'summary after the child went missing')

    await record(child.id, 'Record the child’s return and the return interview')
    await save()
    await expectErrors(page, ['Enter the date the child returned', 'Select whether a return interview was offered'], 'return')
    await fillDate(page, 'Date the child returned', RETURNED)
    await answer(page, 'Was a return interview offered?', 'Yes')
    await save()
    await expectErrors(page, ['Select whether the child accepted the return interview'], 'return, interview offered')
    await answer(page, 'Did the child accept the return interview?', 'Yes')
    await save()
    await expectErrors(page, ['Enter the date of the return interview'], 'return, interview accepted')
    await fillDate(page, 'Date of the return interview (if accepted)', RETURN_INTERVIEW)
    await save()
    await savedTo(child, 'summary after the return')
    assert.deepEqual(await dueDates('Return home interview'), [], 'held within 72 hours of the return')
  })

  it('records the agency decision that the child should be placed for adoption', async () => {
    await record(child.id, 'Record the decision that the child should be placed for adoption')
    await fillDate(page, 'Date of the decision', '2026-02-27')
    await save()
    await expectErrors(page, ['Date of the decision must be on or after the date the child became looked after'], 'adoption decision')
    await fillDate(page, 'Date of the decision', ADOPTION_DECISION)
    await save()
    await savedTo(child, 'summary after the adoption decision')
  })

  it('records the placement order as a change of legal status', async () => {
    await record(child.id, 'Record a change of legal status')
    assert.match((await page.locator('main').textContent()) ?? '', /Current legal status: Interim care order \(C1\) since 2 March 2026/)
    await fillDate(page, 'Date the legal status changed', PLACEMENT_ORDER)
    await page.getByRole('radio', { name: 'Interim care order (C1)' }).check()
    await save()
    await expectErrors(page, ['Select a legal status different from the current one'], 'change of legal status')
    await page.getByRole('radio', { name: 'Placement order granted (E1)' }).check()
    await save()
    await savedTo(child, 'summary after the placement order')
    assert.equal(await summaryValue('Legal status'), 'Placement order granted (E1) since 20 July 2026')
  })

  it('records the adoption milestones as they happen', async () => {
    const milestones = 'Record adoption milestones'
    assert.ok(!(await menu(child.id)).includes('Record the adoption order'), 'no adoption order before the child is placed')
    await record(child.id, milestones)
    assert.match((await page.locator('main').textContent()) ?? '', /placed for adoption: 8 June 2026/)
    await save()
    await expectErrors(page, ['Enter the date of at least one milestone'], 'adoption milestones (nothing entered)')
    await fillDate(page, 'Date of the placement order (if any)', PLACEMENT_ORDER)
    await fillDate(page, 'Date the child was matched with prospective adopters', MATCHED)
    await save()
    await savedTo(child, 'summary after matching')
    assert.ok(!(await menu(child.id)).includes('Record the adoption order'), 'still no adoption order: the child is matched, not placed')

    await record(child.id, milestones)
    const matched = page.getByRole('group', { name: 'Date the child was matched with prospective adopters' })
    assert.deepEqual([await matched.getByLabel('Day').inputValue(), await matched.getByLabel('Month').inputValue(), await matched.getByLabel('Year').inputValue()], ['24', '8', '2026'])
    await fillDate(page, 'Date the child was placed for adoption', '2026-08-10')
    await save()
    await expectErrors(page, ['Date the child was placed for adoption must be on or after the date the child was matched'], 'adoption milestones (placed before matched)')
    await fillDate(page, 'Date the child was placed for adoption', PLACED)
    await save()
    await savedTo(child, 'summary after placement for adoption')
  })

  it('records the adoption order, which ends the period of care', async () => {
    await record(child.id, 'Record the adoption order')
    assert.match((await page.locator('main').textContent()) ?? '', /Placed for adoption on 7 September 2026/)
    await fillDate(page, 'Date of the adoption order', ADOPTED)
    await save()
    await expectErrors(page, ['Select whether the application was unopposed'], 'adoption order')
    await page.getByRole('radio', { name: 'Adopted: application unopposed (E11)' }).check()
    await save()
    await savedTo(child, 'summary after the adoption order')
    assert.equal(await summaryValue('Legal status'), 'None')
    assert.equal(await summaryValue('Placement'), 'None')
    const steps = await menu(child.id)
    for (const gone of ['Record a change of placement', 'Record a change of legal status', 'Record adoption milestones', 'Record the adoption order'])
      assert.ok(!steps.includes(gone), `"${gone}" is no longer offered`)
  })

  it('the records show the whole journey', async () => {
    const db = app.database.db
    const periods = await db.selectFrom('period_of_care').selectAll().where('child_id', '=', child.id).execute()
    assert.equal(periods.length, 1)
    const period = periods[0]!
    assert.deepEqual([period.start_date, period.end_date, period.reason_ceased, period.category_of_need], [ENTERED_CARE, ADOPTED, 'E11', 'N1'])

    const placements = await db.selectFrom('placement').selectAll().where('child_id', '=', child.id).orderBy('start_date').execute()
    assert.deepEqual(
      placements.map((p) => [p.period_of_care_id, p.placement_type, p.provider, p.postcode, p.start_date, p.end_date, p.change_reason]),
      [
        [period.id, 'U6', 'PR1', 'TS1 4MV', ENTERED_CARE, MOVED, 'CARPL'],
        [period.id, 'U5', 'PR1', null, MOVED, ADOPTED, null],
      ],
    )
    const statuses = await db.selectFrom('legal_status').selectAll().where('child_id', '=', child.id).orderBy('start_date').execute()
    assert.deepEqual(
      statuses.map((l) => [l.period_of_care_id, l.code, l.start_date, l.end_date]),
      [
        [period.id, 'C1', ENTERED_CARE, PLACEMENT_ORDER],
        [period.id, 'E1', PLACEMENT_ORDER, ADOPTED],
      ],
    )
    const journey = await db.selectFrom('adoption_journey').selectAll().where('child_id', '=', child.id).executeTakeFirstOrThrow()
    assert.deepEqual(
      [journey.period_of_care_id, journey.adm_decision_date, journey.placement_order_date, journey.matched_date, journey.placed_date, journey.adoption_order_date],
      [period.id, ADOPTION_DECISION, PLACEMENT_ORDER, MATCHED, PLACED, ADOPTED],
    )
    const orders = await db.selectFrom('permanence_order').selectAll().where('child_id', '=', child.id).execute()
    assert.deepEqual(orders.map((o) => [o.period_of_care_id, o.kind, o.order_date]), [[period.id, 'adoption', ADOPTED]])
    const plans = await db.selectFrom('permanence_plan').selectAll().where('child_id', '=', child.id).execute()
    assert.deepEqual(plans.map((p) => [p.code, p.start_date, p.end_date]), [['ADOPTION', ADOPTION_DECISION, ADOPTED]])
  })

  it('the SSDA903 episodes page lists the three episodes, the last ended by the adoption', async () => {
    await page.goto(`/children/${child.id}`)
    await arrive(page, child.name, 'summary')
    await page.getByRole('link', { name: 'Looked-after episodes (SSDA903)' }).click()
    await arrive(page, 'Looked-after episodes (SSDA903)', 'episodes')
    assert.equal(new URL(page.url()).pathname, `/children/${child.id}/looked-after/episodes`)
    const periods = (await page.locator('[data-qa=period]').allTextContents()).map((t) => t.trim())
    assert.deepEqual(periods, ['Looked after from 2 March 2026 to 16 November 2026'])
    assert.match((await page.locator('main').textContent()) ?? '', /Category of need N1\. Ceased: Adopted: application unopposed \(E11\)\./)
    const rows = await page.locator('main table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
    )
    const columns = rows.map((cells) => [cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7]])
    assert.deepEqual(columns, [
      ['2 March 2026', 'S', 'C1: Interim care order', 'U6: Foster placement with other foster carer: not long term or FFA', 'PR1', '11 May 2026', 'X1', 'CARPL'],
      ['11 May 2026', 'P', 'C1: Interim care order', 'U5: Foster placement with other foster carer who is also an approved adopter: FFA or concurrent planning', 'PR1', '20 July 2026', 'X1', ''],
      ['20 July 2026', 'L', 'E1: Placement order granted', 'U5: Foster placement with other foster carer who is also an approved adopter: FFA or concurrent planning', 'PR1', '16 November 2026', 'E11', ''],
    ])
  })

  it('the personal adviser records a contact with a care leaver, and the next is due in 2 months', async () => {
    await as('personal.adviser')
    await record(careLeaver.id, 'Record a contact with the care leaver')
    // The contact date starts as today; this one was on Friday.
    const date = page.getByRole('group', { name: 'Date of the contact' })
    assert.equal(await date.getByLabel('Day').inputValue(), '23')
    await fillDate(page, 'Date of the contact', CONTACT)
    await page.getByRole('radio', { name: 'In touch', exact: true }).check()
    await save()
    await expectErrors(page, ['Select the young person’s accommodation', 'Select the young person’s main activity'], 'care leaver contact')
    assert.equal(await page.getByRole('radio', { name: 'In touch', exact: true }).isChecked(), true)
    await page.getByRole('radio', { name: 'Supported lodgings (E)' }).check()
    await answer(page, 'Is the accommodation suitable?', 'Yes')
    await page.getByRole('radio', { name: 'Full time in training or employment (F5)' }).check()
    await save()
    await savedTo(careLeaver, 'care leaver summary after the contact')
    assert.deepEqual(await dueDates('Personal adviser contact (2-monthly)'), ['20 January 2027'])

    const contact = await app.database.db.selectFrom('care_leaver_contact').selectAll().where('child_id', '=', careLeaver.id).orderBy('id', 'desc').executeTakeFirstOrThrow()
    assert.deepEqual([contact.contact_date, contact.in_touch, contact.accommodation, contact.accommodation_suitable, contact.activity], [CONTACT, 'YES', 'E', true, 'F5'])
    const audit = await app.database.db
      .selectFrom('audit_event')
      .select(['username', 'action', 'record_id'])
      .where('child_id', '=', careLeaver.id)
      .where('record_type', '=', 'care_leaver_contact')
      .where('action', '=', 'create')
      .execute()
    assert.deepEqual(audit, [{ username: 'personal.adviser', action: 'create', record_id: String(contact.id) }])
  })
})
