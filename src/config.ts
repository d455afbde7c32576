// One typed config module: every setting is read here once, with safe local defaults.
// Production refuses to start without the secrets it needs.
import path from 'node:path'

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; connectionString: string; poolSize: number }

/** A council's identity provider (Microsoft Entra ID or any OpenID Connect provider). */
export interface OidcConfig {
  issuer: string
  clientId: string
  clientSecret: string
  redirectUri: string
}

export interface Config {
  production: boolean
  port: number
  database: DatabaseConfig
  sessionSecret: string
  /** The demo sign-in page lists named accounts for each role; never in production. */
  demo: boolean
  /** Fixes "today" for the whole service (demo and tests); undefined means the real clock. */
  today: string | undefined
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent'
  /** OpenID Connect sign-in, when OIDC_ISSUER and friends are set; local accounts work either way. */
  oidc: OidcConfig | undefined
}

type Env = Record<string, string | undefined>

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production'
  const databaseUrl = env.DATABASE_URL?.trim()
  const database: DatabaseConfig = databaseUrl
    ? { kind: 'postgres', connectionString: databaseUrl, poolSize: intSetting(env, 'DATABASE_POOL_SIZE', 10) }
    : { kind: 'pglite', dataDir: path.resolve(env.SIGHTLINE_DATA_DIR ?? 'data') }

  const sessionSecret = env.SESSION_SECRET ?? ''
  if (production && sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET must be set to at least 32 characters in production.')
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel']
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of debug, info, warn, error, silent (got "${logLevel}").`)
  }
  const today = env.SIGHTLINE_TODAY?.trim() || undefined
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new Error(`SIGHTLINE_TODAY must be a date as YYYY-MM-DD (got "${today}").`)
  }

  return {
    production,
    port: intSetting(env, 'PORT', 3000, { allowZero: true }),
    database,
    sessionSecret: sessionSecret || 'local-development-secret-not-for-production',
    demo: !production && env.SIGHTLINE_DEMO !== 'false',
    today,
    logLevel,
    oidc: oidcSettings(env, production),
  }
}

const OIDC_SETTINGS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const

function oidcSettings(env: Env, production: boolean): OidcConfig | undefined {
  const values = OIDC_SETTINGS.map((name) => env[name]?.trim() ?? '')
  const given = values.filter(Boolean).length
  if (given === 0) return undefined
  if (given < OIDC_SETTINGS.length) throw new Error(`OpenID Connect needs all of ${OIDC_SETTINGS.join(', ')} (some are missing).`)
  const [issuer, clientId, clientSecret, redirectUri] = values as [string, string, string, string]
  for (const [name, url] of [['OIDC_ISSUER', issuer], ['OIDC_REDIRECT_URI', redirectUri]] as const) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined
    if (!parsed) throw new Error(`${name} must be a URL (got "${url}").`)
    if (production && parsed.protocol !== 'https:') throw new Error(`${name} must use https in production.`)
  }
  return { issuer, clientId, clientSecret, redirectUri }
}

function intSetting(env: Env, name: string, fallback: number, options: { allowZero?: boolean } = {}): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  const lowest = options.allowZero ? 0 : 1
  if (!Number.isInteger(value) || value < lowest) throw new Error(`${name} must be a whole number of at least ${lowest} (got "${raw}").`)
  return value
}
