// Debian Chromium driven by playwright-core, in Europe/London, with axe run on every page.
// The CSP blocks inline script, so axe is evaluated through the DevTools protocol
// (page.evaluate), which CSP does not govern; the page's own policy stays on.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import assert from 'node:assert/strict'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Accepted axe exceptions, each with a reason. Empty: none accepted. */
export const AXE_EXCEPTIONS: ReadonlyArray<{ rule: string; reason: string }> = []

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, timezoneId: 'Europe/London', locale: 'en-GB' })
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

/** Runs axe on the page as it is now and fails on any violation of the WCAG 2.2 AA tags. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const hasAxe = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined')
  if (!hasAxe) await page.evaluate(AXE_SOURCE)
  const violations = (await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations
  }, AXE_TAGS)) as AxeViolation[]
  const accepted = new Set(AXE_EXCEPTIONS.map((e) => e.rule))
  const failing = violations.filter((v) => !accepted.has(v.id))
  assert.deepEqual(
    failing.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    [],
    `axe violations on ${label} (${page.url()})`,
  )
}
