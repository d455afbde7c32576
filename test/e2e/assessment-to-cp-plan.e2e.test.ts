// Journey: from an allocated referral, the social worker starts the assessment, the manager
// authorises it, a strategy discussion starts a section 47 enquiry, and the initial conference
// makes a child protection plan; the record shows the plan and the first review's due date.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { addChild, addReferral, allocate } from '../support/casework-fixtures.ts'
import { arrive, expectErrors, fillDate } from './pages/base-page.ts'
import { startE2eApp, type E2eApp } from './support/app.ts'
import { BrowserSession } from './support/session.ts'

describe('assessment to child protection plan', () => {
  let app: E2eApp
  let users: BrowserSession
  let page: Page
  let childId: number

  before(async () => {
    app = await startE2eApp()
    childId = await addChild(app.database.db, { forename: 'Kai', surname: 'Fenwick', dateOfBirth: '2019-06-01', sex: 'M' })
    await addReferral(app.database.db, childId, '2026-11-02', app.authority.teams.assessment)
    await allocate(app.database.db, childId, app.authority.workers.socialWorker, app.authority.teams.assessment, '2026-11-02')
    users = await BrowserSession.launch(app.baseUrl)
  })
  after(async () => {
    await users?.close()
    await app?.close()
  })

  const as = async (username: string) => {
    page = await users.as(username)
  }
  const record = async (link: string, heading: string) => {
    await page.goto(`/children/${childId}/record`)
    await arrive(page, 'Record something', 'record something')
    await page.getByRole('link', { name: link }).click()
    await arrive(page, heading, heading)
  }

  it('the social worker starts the single assessment', async () => {
    await as(app.authority.users.socialWorker)
    await record('Start a single assessment', 'Start a single assessment')
    await fillDate(page, 'Start date', '2026-10-01')
    await page.getByRole('button', { name: 'Save' }).click()
    await expectErrors(page, ['Start date must be on or after the referral date'], 'assessment')
    await fillDate(page, 'Start date', '2026-11-03')
    await fillDate(page, 'Date the child was seen (if seen)', '2026-11-04')
    await page.getByRole('checkbox', { name: /\(3C\)/ }).check()
    await page.getByRole('button', { name: 'Save' }).click()
    await arrive(page, 'Kai Fenwick', 'summary after assessment')
  })

  it('the manager authorises it', async () => {
    await as(app.authority.users.manager)
    await record('Authorise the assessment', 'Authorise the assessment')
    await page.getByRole('button', { name: 'Save' }).click()
    await expectErrors(page, ['Select whether the assessment ends with no further action'], 'authorise')
    await page.getByRole('radio', { name: 'No' }).check()
    await page.getByRole('button', { name: 'Save' }).click()
    await arrive(page, 'Kai Fenwick', 'summary after authorisation')
  })

  it('the social worker records the strategy discussion and the section 47 enquiry', async () => {
    await as(app.authority.users.socialWorker)
    await record('Record a strategy discussion', 'Record a strategy discussion')
    await fillDate(page, 'Date of the strategy discussion', '2026-11-05')
    await page.getByRole('radio', { name: 'Start a section 47 enquiry' }).check()
    await page.getByRole('button', { name: 'Save' }).click()
    await arrive(page, 'Kai Fenwick', 'summary after strategy discussion')
    await record('Start a section 47 enquiry', 'Start a section 47 enquiry')
    assert.equal(await page.getByRole('group', { name: 'Start date' }).getByLabel('Day').inputValue(), '5')
    await page.getByRole('button', { name: 'Save' }).click()
    await arrive(page, 'Kai Fenwick', 'summary after section 47')
    assert.match((await page.locator('main').textContent()) ?? '', /Initial conference: 15 working days from the strategy discussion/)
  })

  it('the initial conference makes a child protection plan, and the first review is due in 3 months', async () => {
    await record('Record the initial child protection conference', 'Record the initial child protection conference')
    await fillDate(page, 'Date of the conference', '2026-11-20')
    await page.getByRole('radio', { name: 'Yes' }).check()
    await page.getByRole('button', { name: 'Save' }).click()
    await expectErrors(page, ['Select the category of abuse'], 'conference')
    await page.getByRole('radio', { name: 'Neglect' }).check()
    await page.getByRole('button', { name: 'Save' }).click()
    await arrive(page, 'Kai Fenwick', 'summary with a plan')
    assert.equal((await page.locator('[data-qa=status]').textContent())?.trim(), 'Child protection')
    const review = page.getByRole('row', { name: /First child protection review conference/ })
    assert.match((await review.textContent()) ?? '', /20 February 2027/)
    const plan = await app.database.db.selectFrom('cp_plan').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(plan.initial_category, 'NEG')
    const s47 = await app.database.db.selectFrom('s47_enquiry').selectAll().where('child_id', '=', childId).executeTakeFirstOrThrow()
    assert.equal(s47.icpc_date, '2026-11-20')
    assert.equal(s47.icpc_target_date, '2026-11-26')
  })

  it('the chronology shows the whole journey', async () => {
    await page.goto(`/children/${childId}/chronology?kind=child_protection&kind=assessment`)
    await arrive(page, 'Chronology', 'chronology')
    const text = (await page.locator('tbody').textContent()) ?? ''
    for (const event of ['Child protection plan started', 'Initial child protection conference', 'Section 47 enquiry started', 'Strategy discussion', 'Assessment authorised by manager', 'Single assessment started']) assert.match(text, new RegExp(event))
  })
})
