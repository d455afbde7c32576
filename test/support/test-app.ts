// Route tests render real pages: the real app on a test database, driven over HTTP by a small
// client that keeps cookies and reads the CSRF token from the last form it was shown.
import type { AddressInfo } from 'node:net'
import * as cheerio from 'cheerio'
import type { Kysely } from 'kysely'
import { createApp } from '../../src/app.ts'
import { loadConfig, type Config } from '../../src/config.ts'
import type { DB } from '../../src/db/schema.ts'
import { hashPassword } from '../../src/features/sign-in/sign-in.service.ts'
import type { Role } from '../../src/platform/auth/principal.ts'
import { createLogger } from '../../src/platform/logger.ts'
import { fixedClock, type Clock } from '../../src/platform/time/clock.ts'
import { createServices, type AppDeps } from '../../src/services.ts'

export const TEST_PASSWORD = 'correct horse battery staple'

export interface TestApp {
  deps: AppDeps
  baseUrl: string
  client(): TestClient
  close(): Promise<void>
}

export async function startTestApp(db: Kysely<DB>, options: { today?: string; clock?: Clock; config?: Partial<Config> } = {}): Promise<TestApp> {
  const clock = options.clock ?? fixedClock(options.today ?? '2026-11-23')
  const config = { ...loadConfig({}), demo: true, logLevel: 'silent' as const, ...options.config }
  const deps = createServices({ db, clock, config, logger: createLogger('silent') })
  const server = createApp(deps).listen(0)
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    deps,
    baseUrl,
    client: () => new TestClient(baseUrl),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export interface Page {
  status: number
  location: string | null
  html: string
  $: cheerio.CheerioAPI
  headers: Headers
}

export class TestClient {
  readonly cookies = new Map<string, string>()
  csrfToken: string | undefined

  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<Page> {
    return this.request('GET', path)
  }

  /** Posts a form; the CSRF token from the last page is added unless `_csrf` is given (or null to omit). */
  async post(path: string, form: Record<string, string | string[] | null>): Promise<Page> {
    const body = new URLSearchParams()
    const withToken = '_csrf' in form ? form : { ...form, _csrf: this.csrfToken ?? '' }
    for (const [key, value] of Object.entries(withToken)) {
      if (value === null) continue
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item)
    }
    return this.request('POST', path, body)
  }

  async signIn(username: string, password = TEST_PASSWORD): Promise<Page> {
    await this.get('/sign-in')
    return this.post('/sign-in', { username, password })
  }

  private async request(method: string, path: string, body?: URLSearchParams): Promise<Page> {
    const response = await fetch(this.baseUrl + path, {
      method,
      body,
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, ...value] = (pair ?? '').split('=')
      if (name) this.cookies.set(name.trim(), value.join('='))
    }
    const html = await response.text()
    const $ = cheerio.load(html)
    const token = $('input[name="_csrf"]').first().val()
    if (typeof token === 'string') this.csrfToken = token
    return { status: response.status, location: response.headers.get('location'), html, $, headers: response.headers }
  }
}

/** A user account (and, unless given, no worker) for sign-in in tests. */
export async function createTestUser(
  db: Kysely<DB>,
  options: { username: string; role: Role; workerId?: number | null; displayName?: string },
): Promise<number> {
  const row = await db
    .insertInto('app_user')
    .values({
      username: options.username,
      display_name: options.displayName ?? options.username,
      role: options.role,
      worker_id: options.workerId ?? null,
      password_hash: await hashPassword(TEST_PASSWORD),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
