// OpenID Connect authorization-code flow with PKCE, over fetch: discovery, the authorization
// URL, the token exchange, and the provider's signing keys (cached, refreshed on rotation).
import { createHash, randomBytes } from 'node:crypto'
import type { OidcConfig } from '../../config.ts'
import { IdTokenError, verifyIdToken, type IdTokenClaims, type Jwk } from './id-token.ts'

interface ProviderMetadata {
  issuer: string
  authorization_endpoint: string
  token_endpoint: string
  jwks_uri: string
  token_endpoint_auth_methods_supported?: string[]
}

export interface AuthorizationRequest {
  url: string
  state: string
  nonce: string
  codeVerifier: string
}

const random = () => randomBytes(32).toString('base64url')
const TIMEOUT_MS = 10_000

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' })
  if (!response.ok) throw new IdTokenError(`Identity provider answered ${response.status} for ${new URL(url).pathname}`)
  return (await response.json()) as T
}

export function createOidcClient(config: OidcConfig) {
  let metadata: Promise<ProviderMetadata> | undefined
  let keys: Jwk[] | undefined

  const discover = () => {
    metadata ??= getJson<ProviderMetadata>(`${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).then((document) => {
      if (document.issuer !== config.issuer) throw new IdTokenError('Discovery document names a different issuer')
      return document
    })
    // A failed discovery is not cached, so the next sign-in tries again.
    metadata.catch(() => (metadata = undefined))
    return metadata
  }

  const signingKeys = async (refresh: boolean) => {
    if (!keys || refresh) keys = (await getJson<{ keys: Jwk[] }>((await discover()).jwks_uri)).keys
    return keys
  }

  return {
    async authorizationRequest(): Promise<AuthorizationRequest> {
      const { authorization_endpoint } = await discover()
      const state = random()
      const nonce = random()
      const codeVerifier = random()
      const url = new URL(authorization_endpoint)
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: config.redirectUri,
        scope: 'openid profile email',
        state,
        nonce,
        code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
        code_challenge_method: 'S256',
      }).toString()
      return { url: url.toString(), state, nonce, codeVerifier }
    },

    async exchangeCode(options: { code: string; codeVerifier: string; nonce: string; now: Date }): Promise<IdTokenClaims> {
      const provider = await discover()
      const body = new URLSearchParams({ grant_type: 'authorization_code', code: options.code, redirect_uri: config.redirectUri, code_verifier: options.codeVerifier })
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
      const methods = provider.token_endpoint_auth_methods_supported ?? ['client_secret_basic']
      if (methods.includes('client_secret_basic')) {
        const encode = (value: string) => encodeURIComponent(value)
        headers.authorization = `Basic ${Buffer.from(`${encode(config.clientId)}:${encode(config.clientSecret)}`).toString('base64')}`
      } else {
        body.set('client_id', config.clientId)
        body.set('client_secret', config.clientSecret)
      }
      const tokens = await getJson<{ id_token?: string }>(provider.token_endpoint, { method: 'POST', headers, body })
      if (!tokens.id_token) throw new IdTokenError('Token response has no ID token')
      return verifyIdToken(tokens.id_token, { keys: signingKeys, issuer: provider.issuer, clientId: config.clientId, nonce: options.nonce, now: options.now })
    },
  }
}

export type OidcClient = ReturnType<typeof createOidcClient>
