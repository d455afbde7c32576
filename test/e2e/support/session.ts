// One browser for a test file, and a fresh signed-in context for each person who takes a turn:
// `page = await users.as('social.worker', DEMO_PASSWORD)`.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { signIn } from '../pages/base-page.ts'
import { launchBrowser, newContext } from './browser.ts'

export class BrowserSession {
  private context: BrowserContext | undefined

  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  static async launch(baseUrl: string): Promise<BrowserSession> {
    return new BrowserSession(await launchBrowser(), baseUrl)
  }

  /** Signs in as this person in a new context (the last person's is closed): no cookies carry over. */
  async as(username: string, password?: string): Promise<Page> {
    await this.context?.close()
    this.context = await newContext(this.browser, this.baseUrl)
    const page = await this.context.newPage()
    await signIn(page, username, password)
    return page
  }

  async close(): Promise<void> {
    await this.context?.close()
    await this.browser.close()
  }
}
