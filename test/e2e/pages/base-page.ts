// Page objects check the heading on arrival, locate by role and label, and run axe each time.
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { FIXTURE_PASSWORD } from '../../support/casework-fixtures.ts'
import { expectNoAxeViolations } from '../support/browser.ts'

export async function arrive(page: Page, heading: string | RegExp, label: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 })
  const text = (await h1.textContent())?.trim() ?? ''
  if (typeof heading === 'string') assert.equal(text, heading, `heading on ${label}`)
  else assert.match(text, heading, `heading on ${label}`)
  await expectNoAxeViolations(page, label)
}

/** After a failed submit: the error summary is shown, focused, and lists these messages. */
export async function expectErrors(page: Page, messages: string[], label: string): Promise<void> {
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await summary.waitFor()
  const items = (await summary.getByRole('listitem').allTextContents()).map((t) => t.trim())
  assert.deepEqual(items, messages, `errors on ${label}`)
  assert.match(await page.title(), /^Error: /)
  await expectNoAxeViolations(page, `${label} (error state)`)
}

export async function signIn(page: Page, username: string, password = FIXTURE_PASSWORD): Promise<void> {
  await page.goto('/sign-in')
  await arrive(page, 'Sign in to Sightline', 'sign-in')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
}

/** Answers the yes/no question whose legend is `question`. */
export async function answer(page: Page, question: string, choice: 'Yes' | 'No'): Promise<void> {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: choice }).check()
}

export async function fillDate(page: Page, legend: string, date: string): Promise<void> {
  const [y, m, d] = date.split('-')
  const group = page.getByRole('group', { name: legend })
  await group.getByLabel('Day').fill(String(Number(d)))
  await group.getByLabel('Month').fill(String(Number(m)))
  await group.getByLabel('Year').fill(y as string)
}
