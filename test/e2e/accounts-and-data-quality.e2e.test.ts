// The administrator's account pages and the data-quality pages in the browser, on the demo
// authority, with axe on every page and error state: adding an account (errors first), changing
// its role; the daily returns check's overview, a rule's children, and the checks on a child's
// summary.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { runDataQualityCheck } from '../../src/features/data-quality/check.ts'
import { writeAs } from '../../src/db/write.ts'
import { DEMO_PASSWORD } from '../../src/features/sign-in/demo-accounts.ts'
import { fixedClock } from '../../src/platform/time/clock.ts'
import { arrive, expectErrors } from './pages/base-page.ts'
import { E2E_TODAY, startE2eApp, type E2eApp } from './support/app.ts'
import { BrowserSession } from './support/session.ts'

describe('account administration and data quality in the browser', () => {
  let app: E2eApp
  let users: BrowserSession
  let page: Page

  before(async () => {
    app = await startE2eApp({ demo: true })
    // The demo's returns are clean, so give the social worker's children a truncated UPN, the
    // way real records go wrong, for the check to find.
    const db = app.database.db
    const social = await db.selectFrom('app_user').select('worker_id').where('username', '=', 'social.worker').executeTakeFirstOrThrow()
    await writeAs(db, { id: 'system:e2e' }, (trx) =>
      trx
        .updateTable('child')
        .set({ upn: 'A80612345', upn_unknown_reason: null })
        .where('id', 'in', (q) => q.selectFrom('allocation').select('child_id').where('worker_id', '=', social.worker_id as number).where('end_date', 'is', null))
        .execute(),
    )
    await runDataQualityCheck(db, fixedClock(E2E_TODAY))
    users = await BrowserSession.launch(app.baseUrl)
  })
  after(async () => {
    await users?.close()
    await app?.close()
  })

  const as = async (username: string) => {
    page = await users.as(username, DEMO_PASSWORD)
  }

  it('the administrator adds an account, seeing GOV.UK errors first, then changes its role', async () => {
    await as('admin')
    await page.goto('/admin/accounts')
    await arrive(page, 'Accounts', 'accounts')
    await page.getByRole('button', { name: 'Add an account' }).click()
    await arrive(page, 'Add an account', 'add an account')
    await page.getByLabel('Full name').fill('Amira Haddad')
    await page.getByLabel('Username').fill('amira haddad')
    await page.getByLabel('Temporary password (optional)').fill('short')
    await page.getByRole('button', { name: 'Add account' }).click()
    await expectErrors(page, ['Username must only include letters, numbers, full stops, hyphens, underscores and @', 'Select the person’s role', 'Temporary password must be 12 characters or more'], 'add an account')
    assert.equal(await page.getByLabel('Full name').inputValue(), 'Amira Haddad')
    await page.getByLabel('Username').fill('amira.haddad')
    await page.getByRole('radio', { name: 'Social worker' }).check()
    await page.getByLabel('Temporary password (optional)').fill('a long temporary phrase')
    await page.getByRole('button', { name: 'Add account' }).click()
    await arrive(page, 'Amira Haddad', 'the new account')
    await page.getByRole('radio', { name: 'Team manager' }).check()
    await page.getByRole('button', { name: 'Change role' }).click()
    await arrive(page, 'Amira Haddad', 'the account after a role change')
    assert.match((await page.locator('.govuk-summary-list').textContent()) ?? '', /Team manager/)
    const row = await app.database.db.selectFrom('app_user').select('role').where('username', '=', 'amira.haddad').executeTakeFirstOrThrow()
    assert.equal(row.role, 'team_manager')
  })

  it('the analyst reads the data-quality overview and the children behind a rule', async () => {
    await as('analyst')
    await page.goto('/data-quality')
    await arrive(page, 'Data quality', 'data quality')
    const rules = page.locator('table').first().locator('tbody tr')
    assert.ok((await rules.count()) > 0, 'the check found something to show')
    await rules.first().getByRole('link').click()
    await arrive(page, /^Rule /, 'a rule’s children')
    assert.ok((await page.locator('tbody tr').count()) > 0)
  })

  it('the social worker sees on a child’s summary which return rules the record breaks', async () => {
    const social = await app.database.db.selectFrom('app_user').select('worker_id').where('username', '=', 'social.worker').executeTakeFirstOrThrow()
    const flagged = await app.database.db
      .selectFrom('data_quality_finding')
      .innerJoin('allocation', 'allocation.child_id', 'data_quality_finding.child_id')
      .select(['data_quality_finding.child_id', 'data_quality_finding.code'])
      .where('allocation.worker_id', '=', social.worker_id as number)
      .where('allocation.end_date', 'is', null)
      .executeTakeFirst()
    assert.ok(flagged, 'a child on the demo caseload breaks a return rule')
    await as('social.worker')
    await page.goto(`/children/${flagged.child_id}`)
    await arrive(page, /.+/, 'child summary with return checks')
    assert.match((await page.locator('[data-qa="return-checks"]').textContent()) ?? '', new RegExp(`rule ${flagged.code}`))
  })
})
