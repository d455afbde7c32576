// Journeys on the demo authority. The demo social worker records the public law outline: an initial
// pre-proceedings meeting and a review meeting, then care proceedings issued (the 26-week
// timetable falls due) and their outcome (the timetable is met). For a child on a child protection
// plan the social worker records a core group meeting (the first falls due 10 working days after
// the conference, the next 6 weeks after the meeting). The demo team manager, who alone may close
// a case, is told what to end first while the plan is open, and closes another child's case, which
// ends the child in need plan. Every form is first submitted empty or invalid: the error summary
// is shown, the input is kept and axe passes on the error state.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../src/features/sign-in/demo-accounts.ts'
import { addChild, addReferral, allocate } from '../support/casework-fixtures.ts'
import { addAuthorisedAssessment, addCinPlan, addCpPlan } from '../support/support-fixtures.ts'
import { arrive, expectErrors, fillDate } from './pages/base-page.ts'
import { chronology, dateShown, dueDates, expectSaved, mainText, openStep, openSummary, recordMenu, save, summaryStatus, type ChildOnRecord } from './pages/child-record.ts'
import { startE2eApp, type E2eApp } from './support/app.ts'
import { BrowserSession } from './support/session.ts'

// Every date is on or before E2E_TODAY (Monday 23 November 2026).
const COURT_REFERRAL = '2026-07-06'
const PLO_INITIAL = '2026-09-07'
const PLO_REVIEW = '2026-10-05'
const ISSUED = '2026-10-12'
const FINAL_HEARING = '2026-11-16'
const CP_PLAN = '2026-11-02'
const CORE_GROUP = '2026-11-13'
const CLOSURE_REFERRAL = '2026-06-01'
const CLOSURE_CIN_PLAN = '2026-06-29'
const CLOSED = '2026-11-20'

describe('public law outline to final order, a core group, and closing a case', () => {
  let app: E2eApp
  let users: BrowserSession
  let page: Page
  let courtChild: ChildOnRecord
  let cpChild: ChildOnRecord
  let closingChild: ChildOnRecord

  /**
   * A child with an open referral on the demo social worker's caseload (the demo team manager
   * manages the same team), made for the journey so the simulator's choices cannot change it.
   */
  async function referredChild(forename: string, surname: string, dateOfBirth: string, referralDate: string): Promise<{ child: ChildOnRecord; referralId: number }> {
    const db = app.database.db
    const worker = await db.selectFrom('worker').select(['id', 'team_id']).where('staff_id', '=', 'demo-social-worker').executeTakeFirstOrThrow()
    const id = await addChild(db, { forename, surname, dateOfBirth })
    const referralId = await addReferral(db, id, referralDate, worker.team_id)
    await allocate(db, id, worker.id, worker.team_id as number, referralDate)
    return { child: { id, name: `${forename} ${surname}` }, referralId }
  }

  before(async () => {
    app = await startE2eApp({ demo: true })
    const db = app.database.db
    courtChild = (await referredChild('Ellis', 'Varga', '2020-03-03', COURT_REFERRAL)).child
    const cp = await referredChild('Ava', 'Quint', '2018-05-21', '2026-10-01')
    await addCpPlan(db, cp.child.id, cp.referralId, CP_PLAN)
    cpChild = cp.child
    const closing = await referredChild('Nia', 'Farrow', '2013-12-02', CLOSURE_REFERRAL)
    await addAuthorisedAssessment(db, closing.child.id, closing.referralId, { startDate: '2026-06-02', authorisedDate: '2026-06-22' })
    await addCinPlan(db, closing.child.id, closing.referralId, CLOSURE_CIN_PLAN)
    closingChild = closing.child
    users = await BrowserSession.launch(app.baseUrl)
  })
  after(async () => {
    await users?.close()
    await app?.close()
  })

  const as = async (username: string) => {
    page = await users.as(username, DEMO_PASSWORD)
  }
  const radioChecked = (name: string) => page.getByRole('radio', { name, exact: true }).isChecked()

  it('the social worker records the initial pre-proceedings meeting', async () => {
    await as('social.worker')
    await openStep(page, courtChild, 'Record a pre-proceedings (PLO) meeting')
    assert.equal((await page.locator('[data-qa=plo-status]').textContent())?.trim(), 'The child is not in pre-proceedings. An initial meeting starts them.')
    assert.equal(await radioChecked('Initial pre-proceedings meeting'), true, 'the first meeting is the initial one')
    await save(page)
    await expectErrors(page, ['Enter the date of the meeting', 'Select the outcome of the meeting'], 'initial PLO meeting (empty)')
    assert.equal(await radioChecked('Initial pre-proceedings meeting'), true, 'the kind chosen is kept')
    await fillDate(page, 'Date of the meeting', PLO_INITIAL)
    await page.getByRole('radio', { name: 'Continue in pre-proceedings' }).check()
    await save(page)
    await expectSaved(page, courtChild, 'summary after the initial PLO meeting')
  })

  it('records a review meeting: the initial one cannot be held twice', async () => {
    await openStep(page, courtChild, 'Record a pre-proceedings (PLO) meeting')
    assert.equal((await page.locator('[data-qa=plo-status]').textContent())?.trim(), 'Pre-proceedings since 7 September 2026; the last meeting was on 7 September 2026.')
    assert.equal(await radioChecked('Review meeting'), true, 'with pre-proceedings under way, the next meeting is a review')
    await page.getByRole('radio', { name: 'Initial pre-proceedings meeting' }).check()
    await fillDate(page, 'Date of the meeting', PLO_REVIEW)
    await page.getByRole('radio', { name: 'End pre-proceedings: concerns addressed' }).check()
    await save(page)
    await expectErrors(
      page,
      ['Pre-proceedings have already started: select a review or exit meeting', 'Only an exit meeting ends pre-proceedings with concerns addressed'],
      'review PLO meeting (initial again, exit outcome)',
    )
    assert.deepEqual(await dateShown(page, 'Date of the meeting'), ['5', '10', '2026'], 'the date typed is kept')
    await page.getByRole('radio', { name: 'Review meeting' }).check()
    await page.getByRole('radio', { name: 'Continue in pre-proceedings' }).check()
    await save(page)
    await expectSaved(page, courtChild, 'summary after the review PLO meeting')
  })

  it('records that care proceedings were issued: the 26-week timetable is due', async () => {
    await openStep(page, courtChild, 'Record that care proceedings were issued')
    assert.match(await mainText(page), /must be completed within 26 weeks of the day the application was issued/)
    await save(page)
    await expectErrors(page, ['Enter the date the application was issued'], 'care proceedings (empty)')
    await fillDate(page, 'Date the application was issued', '2026-09-28')
    await save(page)
    await expectErrors(page, ['Date the application was issued must be on or after the last pre-proceedings meeting'], 'care proceedings (before the last meeting)')
    assert.deepEqual(await dateShown(page, 'Date the application was issued'), ['28', '9', '2026'])
    await fillDate(page, 'Date the application was issued', ISSUED)
    await save(page)
    await expectSaved(page, courtChild, 'summary after care proceedings were issued')
    // 26 weeks beginning with the day of issue (Children Act 1989 s32(1)(a)).
    assert.deepEqual(await dueDates(page, 'Care proceedings concluded (26 weeks)'), ['11 April 2027'])
    const steps = await recordMenu(page, courtChild)
    assert.ok(!steps.includes('Record a pre-proceedings (PLO) meeting') && !steps.includes('Record that care proceedings were issued'), 'one set of proceedings at a time')
    assert.ok(steps.includes('Record the outcome of care proceedings'))
  })

  it('records the outcome of the proceedings: the timetable is met', async () => {
    await openStep(page, courtChild, 'Record the outcome of care proceedings')
    assert.match(await mainText(page), /Application issued on 12 October 2026; the 26-week timetable ends on 11 April 2027\./)
    await save(page)
    await expectErrors(page, ['Select the outcome of the proceedings', 'Enter the date the proceedings ended'], 'proceedings outcome (empty)')
    await fillDate(page, 'Date of the final hearing (if there was one)', FINAL_HEARING)
    await page.getByRole('radio', { name: 'Supervision order' }).check()
    await fillDate(page, 'Date the proceedings ended', '2026-11-13')
    await save(page)
    await expectErrors(page, ['Date the proceedings ended must be on or after the date of the final hearing'], 'proceedings outcome (ended before the hearing)')
    assert.equal(await radioChecked('Supervision order'), true, 'the outcome chosen is kept')
    assert.deepEqual(await dateShown(page, 'Date of the final hearing (if there was one)'), ['16', '11', '2026'])
    await fillDate(page, 'Date the proceedings ended', FINAL_HEARING)
    await save(page)
    await expectSaved(page, courtChild, 'summary after the final order')
    assert.deepEqual(await dueDates(page, 'Care proceedings concluded (26 weeks)'), [], 'concluded within the timetable')
    assert.deepEqual(await chronology(page, courtChild, ['proceedings']), [
      ['16 November 2026', 'Final order: Supervision order', 'Public law outline and proceedings'],
      ['12 October 2026', 'Care proceedings issued', 'Public law outline and proceedings'],
      ['5 October 2026', 'Public law outline meeting (review)Continue in pre-proceedings', 'Public law outline and proceedings'],
      ['7 September 2026', 'Public law outline meeting (initial)Continue in pre-proceedings', 'Public law outline and proceedings'],
    ])
    const proceedings = await app.database.db.selectFrom('care_proceedings').selectAll().where('child_id', '=', courtChild.id).executeTakeFirstOrThrow()
    assert.deepEqual([proceedings.application_date, proceedings.final_hearing_date, proceedings.final_order, proceedings.final_order_date], [ISSUED, FINAL_HEARING, 'supervision_order', FINAL_HEARING])
  })

  it('records a core group meeting: the next falls due 6 weeks on', async () => {
    await openSummary(page, cpChild)
    // Monday 2 November: 10 working days on.
    assert.deepEqual(await dueDates(page, 'First core group meeting'), ['16 November 2026'])
    await openStep(page, cpChild, 'Record a core group meeting')
    assert.equal((await page.locator('[data-qa=first-due]').textContent())?.trim(), '16 November 2026')
    await save(page)
    await expectErrors(page, ['Enter the date of the core group meeting'], 'core group (empty)')
    await fillDate(page, 'Date of the core group meeting', '2026-10-30')
    await save(page)
    await expectErrors(page, ['Date of the core group meeting must be on or after the start of the plan'], 'core group (before the plan)')
    assert.deepEqual(await dateShown(page, 'Date of the core group meeting'), ['30', '10', '2026'])
    await fillDate(page, 'Date of the core group meeting', CORE_GROUP)
    await save(page)
    await expectSaved(page, cpChild, 'summary after the core group')
    assert.equal(await summaryStatus(page), 'Child protection')
    assert.deepEqual(await dueDates(page, 'First core group meeting'), [])
    assert.deepEqual(await dueDates(page, 'Core group meeting'), ['25 December 2026'])
    const events = await chronology(page, cpChild, ['child_protection'])
    assert.deepEqual(events[0], ['13 November 2026', 'Core group meeting', 'Child protection'])
  })

  it('only a team manager may close a case', async () => {
    assert.ok(!(await recordMenu(page, closingChild)).includes('Close the case'), 'not offered to the social worker')
    await page.goto(`/children/${closingChild.id}/record/close-case`)
    await arrive(page, 'You do not have access to this page', 'close the case as a social worker')
    assert.match(await mainText(page), /Your role cannot record this\./)
  })

  it('a step the record is not ready for says what it waits for and leads to what can be recorded', async () => {
    await page.goto(`/children/${closingChild.id}/record/pep`)
    await arrive(page, 'You cannot record a personal education plan yet', 'a personal education plan for a child not looked after')
    assert.match(await mainText(page), /A personal education plan is recorded while the child is looked after\./)
    await page.getByRole('link', { name: 'See what you can record now', exact: true }).click()
    await arrive(page, 'Record something', 'the record menu, from a blocked step')
  })

  it('the team manager is told to end the child protection plan before closing that case', async () => {
    await as('team.manager')
    assert.ok((await recordMenu(page, cpChild)).includes('Close the case'))
    await page.getByRole('link', { name: 'Close the case', exact: true }).click()
    await arrive(page, 'You cannot close this case yet', 'close the case while on a plan')
    assert.match(await page.title(), /^You cannot close this case yet – Sightline/)
    assert.match(await mainText(page), /End the child protection plan first, at a review conference that decides the plan stops\./)
    await page.getByRole('link', { name: 'Record a child protection review conference', exact: true }).click()
    await arrive(page, 'Record a child protection review conference', 'the review conference, from the closure page')
  })

  it('the team manager closes a case, which ends its child in need plan', async () => {
    await openStep(page, closingChild, 'Close the case')
    assert.match(await mainText(page), /This closes the referral of 1 June 2026 and ends the child in need plan that started on 29 June 2026\./)
    await save(page)
    await expectErrors(page, ['Enter the date the case closed', 'Select the reason the case closed'], 'close the case (empty)')
    await fillDate(page, 'Date the case closed', '2026-06-15')
    await page.getByRole('radio', { name: 'Services ceased for any other reason (RC7)' }).check()
    await save(page)
    await expectErrors(page, ['Date the case closed must be on or after the start of the child in need plan'], 'close the case (before the plan)')
    assert.equal(await radioChecked('Services ceased for any other reason (RC7)'), true, 'the reason chosen is kept')
    await fillDate(page, 'Date the case closed', CLOSED)
    await save(page)
    await expectSaved(page, closingChild, 'summary after closing the case')
    assert.equal(await summaryStatus(page), 'No open involvement')
    const steps = await recordMenu(page, closingChild)
    assert.ok(!steps.includes('Close the case'), 'nothing left to close')
    assert.deepEqual(await chronology(page, closingChild, ['referral', 'child_in_need']), [
      ['20 November 2026', 'Case closedServices ceased for any other reason (RC7)', 'Referrals and closures'],
      ['20 November 2026', 'Child in need plan ended', 'Child in need'],
      ['29 June 2026', 'Child in need plan started', 'Child in need'],
      ['1 June 2026', 'ReferralPrimary need: Abuse or neglect (N1)', 'Referrals and closures'],
    ])
  })
})
