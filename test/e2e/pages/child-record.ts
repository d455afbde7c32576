// The child's record as a worker moves through it in the browser: the "Record something" menu,
// a step's form, the summary it returns to (status, what is due) and the chronology. Each arrival
// checks the heading and runs axe (base-page.ts).
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { arrive } from './base-page.ts'

export interface ChildOnRecord {
  id: number
  name: string
}

/** The steps the "Record something" page offers for this child (every journey's list), as their link text. */
export async function recordMenu(page: Page, child: ChildOnRecord): Promise<string[]> {
  await page.goto(`/children/${child.id}/record`)
  await arrive(page, 'Record something', `record something for ${child.name}`)
  return (await page.locator('main ul.govuk-list a').allTextContents()).map((t) => t.trim())
}

/** The "Record something" page as its journey headings, each with the steps listed under it. */
export async function recordMenuGroups(page: Page, child: ChildOnRecord): Promise<Array<[string, string[]]>> {
  await page.goto(`/children/${child.id}/record`)
  await arrive(page, 'Record something', `record something for ${child.name}`)
  const groups: Array<[string, string[]]> = []
  for (const heading of await page.getByRole('heading', { level: 2 }).all()) {
    const name = ((await heading.textContent()) ?? '').trim()
    const links = await page.getByRole('list', { name }).getByRole('link').allTextContents()
    groups.push([name, links.map((t) => t.trim())])
  }
  return groups
}

/** Opens a step from the menu (it must be offered) and checks its heading. */
export async function openStep(page: Page, child: ChildOnRecord, step: string): Promise<void> {
  assert.ok((await recordMenu(page, child)).includes(step), `"${step}" is offered for ${child.name}`)
  await page.getByRole('link', { name: step, exact: true }).click()
  await arrive(page, step, step)
}

export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click()
}

/** After a successful save: back on the child's summary, with the success banner. */
export async function expectSaved(page: Page, child: ChildOnRecord, label: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === `/children/${child.id}` && url.searchParams.get('saved') === 'recorded')
  await arrive(page, child.name, label)
  assert.equal(await page.locator('.govuk-notification-banner--success').count(), 1, `success banner on ${label}`)
}

export async function openSummary(page: Page, child: ChildOnRecord): Promise<void> {
  await page.goto(`/children/${child.id}`)
  await arrive(page, child.name, `summary of ${child.name}`)
}

/** The status line on the summary ("Child in need", "Early help", "No open involvement"…). */
export async function summaryStatus(page: Page): Promise<string> {
  return ((await page.locator('[data-qa=status]').textContent()) ?? '').trim()
}

/** The due dates the summary's "What is due" table shows for rows whose "What" is exactly `label`. */
export async function dueDates(page: Page, label: string): Promise<string[]> {
  const rows = await page.locator('main table.govuk-table tbody tr').evaluateAll((trs) =>
    // The fourth column holds actions (remove an entry recorded in error), not the event.
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 3).map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
  )
  return rows.filter((cells) => cells[0] === label).map((cells) => cells[1] ?? '')
}

/** The chronology as [date, event (with detail), type] rows, newest first, filtered to the given kinds. */
export async function chronology(page: Page, child: ChildOnRecord, kinds: string[]): Promise<string[][]> {
  const query = kinds.map((k) => `kind=${encodeURIComponent(k)}`).join('&')
  await page.goto(`/children/${child.id}/chronology${query ? `?${query}` : ''}`)
  await arrive(page, 'Chronology', `chronology of ${child.name}`)
  return page.locator('main table tbody tr').evaluateAll((trs) =>
    // The fourth column holds actions (remove an entry recorded in error), not the event.
    trs.map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 3).map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
  )
}

/** The day, month and year boxes of a date input, as shown. */
export async function dateShown(page: Page, legend: string): Promise<string[]> {
  const group = page.getByRole('group', { name: legend })
  return [await group.getByLabel('Day').inputValue(), await group.getByLabel('Month').inputValue(), await group.getByLabel('Year').inputValue()]
}

/** The main content's text with whitespace collapsed, for matching sentences on a page. */
export async function mainText(page: Page): Promise<string> {
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ')
}
