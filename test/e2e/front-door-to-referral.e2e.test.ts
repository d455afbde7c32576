// Journey: a contact arrives at the front door, the screener finds the child and refers them; the
// team manager allocates; the social worker sees the assessment due in My work and on the child's
// record. Axe runs on every page and every error state.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { addChild, addReferral } from '../support/casework-fixtures.ts'
import { arrive, expectErrors, fillDate, signIn } from './pages/base-page.ts'
import { startE2eApp, type E2eApp } from './support/app.ts'
import { launchBrowser, newContext } from './support/browser.ts'

describe('front door to referral, allocation and my work', () => {
  let app: E2eApp
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let childId: number

  before(async () => {
    app = await startE2eApp()
    childId = await addChild(app.database.db, { forename: 'Jayden', surname: 'Clarke', dateOfBirth: '2017-09-12', sex: 'M', address: { line1: '4 Acacia Road', town: 'Middlesbrough', postcode: 'TS1 2AB' } })
    await addReferral(app.database.db, childId, '2026-02-10')
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await app?.close()
  })

  const freshPage = async () => {
    await context?.close()
    context = await newContext(browser, app.baseUrl)
    page = await context.newPage()
  }

  it('the screener records a contact, seeing GOV.UK errors first', async () => {
    await freshPage()
    await signIn(page, app.authority.users.screener)
    await page.goto('/front-door')
    await arrive(page, 'Front door', 'front door queue')
    await page.getByRole('button', { name: 'Record a new contact' }).click()
    await arrive(page, 'Record a new contact', 'new contact')
    await page.getByLabel('Reason for the contact').fill('')
    await page.getByRole('button', { name: 'Save and find the child' }).click()
    await expectErrors(page, ['Select who made the contact', 'Enter the reason for the contact'], 'new contact')
    await page.getByRole('radio', { name: 'Police (6)' }).check()
    await page.getByLabel('Reason for the contact').fill('Police attended a domestic incident; children present.')
    await page.getByRole('button', { name: 'Save and find the child' }).click()
    await arrive(page, 'Find the child', 'find the child')
  })

  it('finds the child by a misspelt name and chooses the record', async () => {
    await page.getByLabel('First name').first().fill('Jaden')
    await page.getByLabel('Last name').first().fill('Clark')
    await page.getByRole('button', { name: 'Search' }).click()
    await arrive(page, 'Find the child', 'search results')
    const row = page.getByRole('row', { name: /Jayden Clarke/ })
    assert.match((await row.textContent()) ?? '', /4 Acacia Road/)
    await row.getByRole('button', { name: /Choose/ }).click()
    await arrive(page, 'Screening: Jayden Clarke', 'screening')
    assert.match((await page.locator('.govuk-warning-text').textContent()) ?? '', /Re-referral/)
  })

  it('records the screening decision: referral for assessment', async () => {
    await page.getByRole('radio', { name: 'Referral for a social work assessment' }).check()
    await page.getByRole('button', { name: 'Record decision' }).click()
    await expectErrors(page, ['Select the threshold level', 'Select the threshold criteria you used', 'Select the child’s primary need', 'Select the team the work goes to', 'Enter the reasons for the decision'], 'screening')
    assert.equal(await page.getByRole('radio', { name: 'Referral for a social work assessment' }).isChecked(), true)
    await page.getByRole('radio', { name: 'Level 3: child in need' }).check()
    await page.getByRole('checkbox', { name: /Domestic abuse in the household/ }).check()
    await page.getByRole('radio', { name: /Abuse or neglect \(N1\)/ }).check()
    await page.getByRole('radio', { name: 'Assessment team 1' }).check()
    await page.getByLabel('Reasons for the decision').fill('Repeat domestic abuse; a single assessment is needed.')
    await page.getByRole('button', { name: 'Record decision' }).click()
    await arrive(page, 'Front door', 'front door after decision')
    const referral = await app.database.db.selectFrom('referral').selectAll().where('child_id', '=', childId).orderBy('id', 'desc').executeTakeFirstOrThrow()
    assert.equal(referral.referral_date, '2026-11-23')
    assert.equal(referral.team_id, app.authority.teams.assessment)
  })

  it('the team manager sees the child waiting and allocates a social worker', async () => {
    await freshPage()
    await signIn(page, app.authority.users.manager)
    await page.goto('/my-team')
    await arrive(page, 'My team', 'my team')
    await page.getByRole('link', { name: 'Allocate Jayden Clarke' }).click()
    await arrive(page, 'Allocate a worker', 'allocate')
    await page.getByRole('button', { name: 'Save allocation' }).click()
    await expectErrors(page, ['Select a worker'], 'allocate')
    await page.getByRole('radio', { name: 'Alex Morgan' }).check()
    await fillDate(page, 'Start date', '2026-11-23')
    await page.getByRole('button', { name: 'Save allocation' }).click()
    await arrive(page, 'Jayden Clarke', 'child summary after allocation')
    assert.match((await page.getByRole('alert').textContent()) ?? '', /Allocation recorded/)
  })

  it('the social worker sees the assessment due, on the 45-working-day clock, in My work and on the record', async () => {
    await freshPage()
    await signIn(page, app.authority.users.socialWorker)
    await page.goto('/my-work')
    await arrive(page, 'My work', 'my work')
    const due = page.getByRole('row', { name: /Jayden Clarke.*Assessment: 45 working days from the referral \(Working Together\).*Referral \(23 November 2026\)/ })
    // 23 November 2026 + 45 working days, skipping the bank holidays of 25 and 28 December 2026 and 1 January 2027.
    assert.match((await due.textContent()) ?? '', /28 January 2027.*Upcoming.*45 working days left/s)
    await page.getByRole('link', { name: 'Jayden Clarke' }).first().click()
    await arrive(page, 'Jayden Clarke', 'child summary')
    assert.equal((await page.locator('[data-qa=status]').textContent())?.trim(), 'Child in need')
    await page.getByRole('navigation', { name: 'Child record' }).getByRole('link', { name: 'Chronology' }).click()
    await arrive(page, 'Chronology', 'chronology')
    await page.getByRole('checkbox', { name: 'Contacts and screening' }).check()
    await page.getByRole('button', { name: 'Apply filter' }).click()
    await arrive(page, 'Chronology', 'chronology filtered')
    const rows = await page.getByRole('row').allTextContents()
    assert.ok(rows.some((r) => /Screening decision \(threshold level 3\): Referral for a social work assessment/.test(r)))
  })

  it('a worker outside the team gets "page not found" for the record', async () => {
    await freshPage()
    await signIn(page, app.authority.users.earlyHelp)
    const response = await page.goto(`/children/${childId}`)
    assert.equal(response?.status(), 404)
    await arrive(page, 'Page not found', 'not found')
  })
})
