// Journeys on the demo authority. The demo social worker starts a child in need plan after an
// authorised assessment (the first review falls due 3 months on, in What is due), reviews it (the
// next review falls due 3 months on), ends it, and steps the
// child down to early help (the referral closes; the early help assessment and plan fall due). The
// demo early help practitioner starts an episode for another child, records the assessment and
// family plan (the first review falls due 8 weeks on), reviews it (the next review 8 weeks on), and
// steps the child up to children's social care (a referral is made); for a third child, whose
// family plan has been agreed, the practitioner ends the episode (its reviews stop falling due). Every form is first submitted
// empty or invalid: the error summary is shown, the input is kept and axe passes on the error state.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../../src/features/sign-in/demo-accounts.ts'
import { addChild, addReferral, allocate } from '../support/casework-fixtures.ts'
import { addAuthorisedAssessment, addEarlyHelpEpisode } from '../support/support-fixtures.ts'
import { expectErrors, fillDate } from './pages/base-page.ts'
import { chronology, dateShown, dueDates, expectSaved, mainText, openStep, openSummary, recordMenu, recordMenuGroups, save, summaryStatus, type ChildOnRecord } from './pages/child-record.ts'
import { startE2eApp, type E2eApp } from './support/app.ts'
import { BrowserSession } from './support/session.ts'

// Every date is on or before E2E_TODAY (Monday 23 November 2026).
const REFERRAL = '2026-08-03'
const AUTHORISED = '2026-08-20'
const CIN_PLAN = '2026-08-24'
const CIN_REVIEW = '2026-11-18'
const CIN_END = '2026-11-20'
const STEP_DOWN = '2026-11-20'
const EH_START = '2026-10-05'
const EH_ASSESSMENT = '2026-10-16'
const EH_PLAN = '2026-10-21'
const EH_REVIEW = '2026-11-18'
const STEP_UP = '2026-11-20'
const ENDING_START = '2026-09-14'
const ENDING_PLAN = '2026-10-02'
const EH_END = '2026-11-19'

describe('child in need plan to step down, and early help to step up', () => {
  let app: E2eApp
  let users: BrowserSession
  let page: Page
  let cinChild: ChildOnRecord
  let ehChild: ChildOnRecord
  let endingChild: ChildOnRecord

  /** A child on a demo worker's caseload, made for the journey so the simulator's choices cannot change it. */
  async function childOf(staffId: string, role: string, from: string, child: { forename: string; surname: string; dateOfBirth: string }): Promise<number> {
    const db = app.database.db
    const worker = await db.selectFrom('worker').select(['id', 'team_id']).where('staff_id', '=', staffId).executeTakeFirstOrThrow()
    const id = await addChild(db, child)
    await allocate(db, id, worker.id, worker.team_id as number, from, role)
    return id
  }

  before(async () => {
    app = await startE2eApp({ demo: true })
    const db = app.database.db
    const cinId = await childOf('demo-social-worker', 'social_worker', REFERRAL, { forename: 'Tilly', surname: 'Marsden', dateOfBirth: '2017-04-12' })
    const worker = await db.selectFrom('worker').select('team_id').where('staff_id', '=', 'demo-social-worker').executeTakeFirstOrThrow()
    const referralId = await addReferral(db, cinId, REFERRAL, worker.team_id)
    await addAuthorisedAssessment(db, cinId, referralId, { startDate: '2026-08-04', authorisedDate: AUTHORISED })
    cinChild = { id: cinId, name: 'Tilly Marsden' }
    const ehId = await childOf('demo-early-help', 'early_help_practitioner', '2026-09-28', { forename: 'Rory', surname: 'Pennant', dateOfBirth: '2015-02-09' })
    ehChild = { id: ehId, name: 'Rory Pennant' }
    const endingId = await childOf('demo-early-help', 'early_help_practitioner', ENDING_START, { forename: 'Maisie', surname: 'Okafor', dateOfBirth: '2016-07-30' })
    await addEarlyHelpEpisode(db, endingId, { startDate: ENDING_START, planDate: ENDING_PLAN })
    endingChild = { id: endingId, name: 'Maisie Okafor' }
    users = await BrowserSession.launch(app.baseUrl)
  })
  after(async () => {
    await users?.close()
    await app?.close()
  })

  const as = async (username: string) => {
    page = await users.as(username, DEMO_PASSWORD)
  }

  it('the social worker starts a child in need plan after the authorised assessment', async () => {
    await as('social.worker')
    const offered = await recordMenu(page, cinChild)
    assert.ok(!offered.includes('Record a child in need plan review'), 'no review before there is a plan')
    await openStep(page, cinChild, 'Start a child in need plan')
    assert.match(await mainText(page), /The assessment for the referral of 3 August 2026 was authorised on 20 August 2026/)
    await save(page)
    await expectErrors(page, ['Enter the date the child in need plan started'], 'child in need plan (empty)')
    await fillDate(page, 'Start date of the plan', '2026-08-18')
    await save(page)
    await expectErrors(page, ['Start date of the plan must be on or after the date the assessment was authorised'], 'child in need plan (before authorisation)')
    assert.deepEqual(await dateShown(page, 'Start date of the plan'), ['18', '8', '2026'], 'the date typed is kept')
    await fillDate(page, 'Start date of the plan', CIN_PLAN)
    await save(page)
    await expectSaved(page, cinChild, 'summary after the child in need plan')
    assert.equal(await summaryStatus(page), 'Child in need')
    // The timescale engine lists the first review, 3 months from the start (local practice).
    assert.deepEqual(await dueDates(page, 'First child in need plan review'), ['24 November 2026'])
    const steps = await recordMenu(page, cinChild)
    assert.ok(steps.includes('Record a child in need plan review') && steps.includes('End the child in need plan'))
    assert.ok(!steps.includes('Start a child in need plan'), 'only one plan at a time')
    // The menu groups the steps by journey, under headings, leaving out journeys with nothing on offer.
    const groups = await recordMenuGroups(page, cinChild)
    assert.deepEqual(groups.map(([journey]) => journey), ['Front door and assessment', 'Early help', 'Child in need', 'Child protection', 'Court', 'Looked after'])
    assert.deepEqual(groups.find(([journey]) => journey === 'Child in need')?.[1], ['Record a child in need plan review', 'End the child in need plan'])
  })

  it('reviews the plan: the first review is due 3 months from the start, the next 3 months from the review', async () => {
    await openStep(page, cinChild, 'Record a child in need plan review')
    assert.equal((await page.locator('[data-qa=review-due]').textContent())?.trim(), 'This review is due by 24 November 2026.')
    await save(page)
    await expectErrors(page, ['Enter the date of the review'], 'child in need review (empty)')
    await fillDate(page, 'Date of the review', '2026-08-21')
    await save(page)
    await expectErrors(page, ['Date of the review must be on or after the start of the plan'], 'child in need review (before the plan)')
    assert.deepEqual(await dateShown(page, 'Date of the review'), ['21', '8', '2026'])
    await fillDate(page, 'Date of the review', CIN_REVIEW)
    await save(page)
    await expectSaved(page, cinChild, 'summary after the child in need review')
    assert.deepEqual(await dueDates(page, 'First child in need plan review'), [], 'the first review is done')
    assert.deepEqual(await dueDates(page, 'Child in need plan review'), ['18 February 2027'])

    await openStep(page, cinChild, 'Record a child in need plan review')
    assert.match(await mainText(page), /Child in need plan since 24 August 2026, last reviewed on 18 November 2026\./)
    assert.equal((await page.locator('[data-qa=review-due]').textContent())?.trim(), 'This review is due by 18 February 2027.')
    const review = await app.database.db.selectFrom('cin_plan_review').selectAll().where('child_id', '=', cinChild.id).executeTakeFirstOrThrow()
    assert.deepEqual([review.held_date, review.due_date], [CIN_REVIEW, '2026-11-24'])
  })

  it('ends the plan; the case stays open and the chronology shows the plan', async () => {
    await openStep(page, cinChild, 'End the child in need plan')
    await fillDate(page, 'End date of the plan', '2026-11-10')
    await save(page)
    await expectErrors(page, ['End date of the plan must be on or after the date of the last review'], 'end the child in need plan')
    assert.deepEqual(await dateShown(page, 'End date of the plan'), ['10', '11', '2026'])
    await fillDate(page, 'End date of the plan', CIN_END)
    await save(page)
    await expectSaved(page, cinChild, 'summary after ending the plan')
    assert.deepEqual(await dueDates(page, 'Child in need plan review'), [], 'no review once the plan has ended')
    assert.equal(await summaryStatus(page), 'Child in need', 'the referral is still open')
    const steps = await recordMenu(page, cinChild)
    assert.ok(!steps.includes('End the child in need plan') && !steps.includes('Record a child in need plan review'))
    assert.deepEqual(await chronology(page, cinChild, ['child_in_need']), [
      ['20 November 2026', 'Child in need plan ended', 'Child in need'],
      ['18 November 2026', 'Child in need plan review', 'Child in need'],
      ['24 August 2026', 'Child in need plan started', 'Child in need'],
    ])
  })

  it('steps the child down to early help: the referral closes and the early help timescales start', async () => {
    await openStep(page, cinChild, 'Step down to early help')
    assert.match(await mainText(page), /This closes the referral of 3 August 2026 and starts an early help episode on the same day\./)
    await save(page)
    await expectErrors(page, ['Enter the date of the step down', 'Enter what early help will work on with the family'], 'step down (empty)')
    const reason = 'Routines at home and school attendance'
    await fillDate(page, 'Date of the step down', '2026-07-31')
    await page.getByLabel('What early help will work on with the family').fill(reason)
    await save(page)
    await expectErrors(page, ['Date of the step down must be on or after the referral date'], 'step down (before the referral)')
    assert.equal(await page.getByLabel('What early help will work on with the family').inputValue(), reason, 'the reason typed is kept')
    await fillDate(page, 'Date of the step down', STEP_DOWN)
    await save(page)
    await expectSaved(page, cinChild, 'summary after the step down')
    assert.equal(await summaryStatus(page), 'Early help')
    // Friday 20 November: 10 and 15 working days on.
    assert.deepEqual(await dueDates(page, 'Early help assessment'), ['4 December 2026'])
    assert.deepEqual(await dueDates(page, 'Early help plan'), ['11 December 2026'])
    assert.ok(!(await recordMenu(page, cinChild)).includes('Step down to early help'), 'nothing left to step down from')
    // A plan followed the assessment, so the census reason is RC7, not RC9 (shown with its label).
    assert.deepEqual(await chronology(page, cinChild, ['referral', 'early_help']), [
      ['20 November 2026', 'Case closedServices ceased for any other reason (RC7)', 'Referrals and closures'],
      ['20 November 2026', `Early help started${reason}`, 'Early help'],
      ['3 August 2026', 'ReferralPrimary need: Abuse or neglect (N1)', 'Referrals and closures'],
    ])
  })

  it('the early help practitioner starts an early help episode', async () => {
    await as('early.help')
    await openStep(page, ehChild, 'Start an early help episode')
    assert.deepEqual(await dateShown(page, 'Start date'), ['23', '11', '2026'], 'the start date starts as today')
    await fillDate(page, 'Start date', '2026-12-01')
    await save(page)
    await expectErrors(page, ['Start date must be today or in the past', 'Enter the reason for early help'], 'early help (future date, no reason)')
    assert.deepEqual(await dateShown(page, 'Start date'), ['1', '12', '2026'])
    await fillDate(page, 'Start date', EH_START)
    await page.getByLabel('Reason for early help').fill('Parents separating; school attendance falling')
    await save(page)
    await expectSaved(page, ehChild, 'summary after starting early help')
    assert.equal(await summaryStatus(page), 'Early help')
    // Monday 5 October: 10 and 15 working days on.
    assert.deepEqual(await dueDates(page, 'Early help assessment'), ['19 October 2026'])
    assert.deepEqual(await dueDates(page, 'Early help plan'), ['26 October 2026'])
    assert.deepEqual(await dueDates(page, 'First early help review'), [], 'no review before there is a plan')
  })

  it('records the assessment and family plan: the first review falls due 8 weeks on', async () => {
    await openStep(page, ehChild, 'Record the early help assessment and family plan')
    assert.match(await mainText(page), /Early help since 5 October 2026\./)
    await save(page)
    await expectErrors(page, ['Enter the date the early help assessment was completed', 'Enter the date the family plan was agreed'], 'family plan (empty)')
    await fillDate(page, 'Date of the early help assessment', EH_ASSESSMENT)
    await fillDate(page, 'Date the family plan was agreed', '2026-10-14')
    await save(page)
    await expectErrors(page, ['Date the family plan was agreed must be on or after the date of the early help assessment'], 'family plan (before the assessment)')
    assert.deepEqual(await dateShown(page, 'Date of the early help assessment'), ['16', '10', '2026'])
    await fillDate(page, 'Date the family plan was agreed', EH_PLAN)
    await save(page)
    await expectSaved(page, ehChild, 'summary after the family plan')
    assert.deepEqual(await dueDates(page, 'Early help assessment'), [])
    assert.deepEqual(await dueDates(page, 'Early help plan'), [])
    assert.deepEqual(await dueDates(page, 'First early help review'), ['16 December 2026'])
    assert.ok(!(await recordMenu(page, ehChild)).includes('Record the early help assessment and family plan'), 'the plan is recorded once')
  })

  it('records an early help review: the next review falls due 8 weeks on', async () => {
    await openStep(page, ehChild, 'Record an early help review')
    assert.match(await mainText(page), /Family plan agreed on 21 October 2026\./)
    const notes = 'Attendance back to 94%; keep the plan'
    await page.getByLabel('What the review decided (optional)').fill(notes)
    await save(page)
    await expectErrors(page, ['Enter the date of the review'], 'early help review (no date)')
    assert.equal(await page.getByLabel('What the review decided (optional)').inputValue(), notes, 'the notes typed are kept')
    await fillDate(page, 'Date of the review', EH_REVIEW)
    await save(page)
    await expectSaved(page, ehChild, 'summary after the early help review')
    assert.deepEqual(await dueDates(page, 'First early help review'), [])
    assert.deepEqual(await dueDates(page, 'Early help review'), ['13 January 2027'])
    const review = await app.database.db.selectFrom('early_help_review').selectAll().where('child_id', '=', ehChild.id).executeTakeFirstOrThrow()
    assert.deepEqual([review.held_date, review.due_date, review.notes], [EH_REVIEW, '2026-12-16', notes])
  })

  it('steps the child up to children’s social care: the episode ends and a referral goes to the front door', async () => {
    await openStep(page, ehChild, 'Step up to children’s social care')
    assert.match((await page.locator('[data-qa=referral]').textContent()) ?? '', /A referral to children’s social care is made on the date of the step up/)
    await save(page)
    await expectErrors(page, ['Enter the date of the step up', 'Select the child’s primary need', 'Enter why the child needs children’s social care'], 'step up (empty)')
    await fillDate(page, 'Date of the step up', '2026-11-16')
    await page.getByRole('radio', { name: 'Abuse or neglect (N1)' }).check()
    const why = 'Disclosure of harm at school'
    await page.getByLabel('Why the child needs children’s social care').fill(why)
    await save(page)
    await expectErrors(page, ['Date of the step up must be on or after the date of the last early help review'], 'step up (before the review)')
    assert.equal(await page.getByLabel('Why the child needs children’s social care').inputValue(), why, 'the reason typed is kept')
    assert.ok(await page.getByRole('radio', { name: 'Abuse or neglect (N1)' }).isChecked(), 'the primary need chosen is kept')
    assert.deepEqual(await dateShown(page, 'Date of the step up'), ['16', '11', '2026'])
    await fillDate(page, 'Date of the step up', STEP_UP)
    await save(page)
    await expectSaved(page, ehChild, 'summary after the step up')
    assert.equal(await summaryStatus(page), 'Child in need')
    assert.deepEqual(await dueDates(page, 'Early help review'), [], 'the episode has ended')
    const steps = await recordMenu(page, ehChild)
    assert.ok(!steps.includes('Record an early help review') && !steps.includes('Step up to children’s social care') && !steps.includes('Start an early help episode'))
    assert.deepEqual(await chronology(page, ehChild, ['referral', 'early_help']), [
      ['20 November 2026', 'Early help endedStepped up to children’s social care', 'Early help'],
      ['20 November 2026', 'ReferralPrimary need: Abuse or neglect (N1)', 'Referrals and closures'],
      ['18 November 2026', 'Early help review', 'Early help'],
      ['5 October 2026', 'Early help startedParents separating; school attendance falling', 'Early help'],
    ])
    const referral = await app.database.db
      .selectFrom('referral')
      .innerJoin('team', 'team.id', 'referral.team_id')
      .select(['referral.referral_date', 'referral.source', 'team.service'])
      .where('referral.child_id', '=', ehChild.id)
      .executeTakeFirstOrThrow()
    assert.deepEqual(referral, { referral_date: STEP_UP, source: '5B', service: 'front_door' })
  })
  it('ends an early help episode: the reviews stop falling due and the chronology says why it ended', async () => {
    await openSummary(page, endingChild)
    // Family plan agreed on Friday 2 October: the first review falls due 8 weeks on.
    assert.deepEqual(await dueDates(page, 'First early help review'), ['27 November 2026'])
    await openStep(page, endingChild, 'End the early help episode')
    assert.match(await mainText(page), /Early help since 14 September 2026\. To move the child to children’s social care, use “Step up to children’s social care” instead\./)
    await save(page)
    await expectErrors(page, ['Enter the date the early help episode ended', 'Select why the early help episode ended'], 'end early help (empty)')
    await fillDate(page, 'End date', '2026-09-30')
    await page.getByRole('radio', { name: 'Outcomes of the family plan met' }).check()
    await save(page)
    await expectErrors(page, ['End date must be on or after the date the family plan was agreed'], 'end early help (before the plan)')
    assert.deepEqual(await dateShown(page, 'End date'), ['30', '9', '2026'], 'the date typed is kept')
    assert.ok(await page.getByRole('radio', { name: 'Outcomes of the family plan met' }).isChecked(), 'the reason chosen is kept')
    await fillDate(page, 'End date', '2026-11-24')
    await save(page)
    await expectErrors(page, ['End date must be today or in the past'], 'end early help (in the future)')
    await fillDate(page, 'End date', EH_END)
    await save(page)
    await expectSaved(page, endingChild, 'summary after ending early help')
    assert.equal(await summaryStatus(page), 'No open involvement')
    assert.deepEqual(await dueDates(page, 'First early help review'), [], 'the episode ended before the review fell due')
    const steps = await recordMenu(page, endingChild)
    assert.ok(!steps.includes('End the early help episode') && !steps.includes('Record an early help review') && !steps.includes('Step up to children’s social care'))
    assert.ok(steps.includes('Start an early help episode'), 'a new episode can start')
    assert.deepEqual(await chronology(page, endingChild, ['early_help']), [
      ['19 November 2026', 'Early help endedOutcomes of the family plan met', 'Early help'],
      ['14 September 2026', 'Early help startedFamily in acute stress', 'Early help'],
    ])
    const episode = await app.database.db.selectFrom('early_help_episode').selectAll().where('child_id', '=', endingChild.id).executeTakeFirstOrThrow()
    assert.deepEqual([episode.end_date, episode.end_reason, episode.stepped_up_referral_id], [EH_END, 'outcomes_met', null])
  })
})
