// A small OpenID Connect provider on 127.0.0.1 for tests: real HTTP, real RS256 signatures,
// PKCE checked. `next` sets who signs in next and `tamper` makes it misbehave in one named way.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Tamper = 'signature' | 'audience' | 'issuer' | 'nonce' | 'expired' | 'alg-none' | undefined

export interface FakeIdentity {
  sub: string
  email?: string
  name?: string
}

export interface FakeOidcProvider {
  issuer: string
  next: FakeIdentity
  tamper: Tamper
  close(): Promise<void>
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject | null): string {
  const input = `${b64(header)}.${b64(claims)}`
  return key ? `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}` : `${input}.`
}

export async function startFakeOidcProvider(options: { clientId: string; clientSecret: string; now: () => Date }): Promise<FakeOidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'fake-key-1', use: 'sig', alg: 'RS256' }
  const codes = new Map<string, { nonce: string; challenge: string; redirectUri: string; identity: FakeIdentity }>()
  let issuer = ''

  const provider: FakeOidcProvider = { issuer: '', next: { sub: 'nobody' }, tamper: undefined, close: async () => {} }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer)
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
        id_token_signing_alg_values_supported: ['RS256'],
      })
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] })
    if (url.pathname === '/authorize') {
      const p = url.searchParams
      if (p.get('client_id') !== options.clientId || p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256') {
        return json(400, { error: 'invalid_request' })
      }
      const code = `code-${codes.size + 1}-${Math.random().toString(36).slice(2)}`
      codes.set(code, { nonce: p.get('nonce') ?? '', challenge: p.get('code_challenge') ?? '', redirectUri: p.get('redirect_uri') ?? '', identity: provider.next })
      const back = new URL(p.get('redirect_uri') ?? '')
      back.search = new URLSearchParams({ code, state: p.get('state') ?? '' }).toString()
      res.writeHead(302, { location: back.toString() }).end()
      return
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        const form = new URLSearchParams(body)
        const expectedAuth = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`
        if (req.headers.authorization !== expectedAuth) return json(401, { error: 'invalid_client' })
        const grant = codes.get(form.get('code') ?? '')
        codes.delete(form.get('code') ?? '')
        const verifier = form.get('code_verifier') ?? ''
        if (!grant || grant.redirectUri !== form.get('redirect_uri') || createHash('sha256').update(verifier).digest('base64url') !== grant.challenge) {
          return json(400, { error: 'invalid_grant' })
        }
        const now = Math.floor(options.now().getTime() / 1000)
        const tamper = provider.tamper
        const claims = {
          iss: tamper === 'issuer' ? 'https://someone-else.example' : issuer,
          aud: tamper === 'audience' ? 'another-client' : options.clientId,
          sub: grant.identity.sub,
          email: grant.identity.email,
          name: grant.identity.name,
          nonce: tamper === 'nonce' ? 'not-the-nonce' : grant.nonce,
          iat: tamper === 'expired' ? now - 7200 : now,
          exp: tamper === 'expired' ? now - 3600 : now + 600,
        }
        const idToken =
          tamper === 'alg-none'
            ? signJwt({ alg: 'none', typ: 'JWT' }, claims, null)
            : signJwt({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' }, claims, tamper === 'signature' ? impostor : privateKey)
        json(200, { access_token: 'opaque', token_type: 'Bearer', expires_in: 600, id_token: idToken })
      })
      return
    }
    json(404, { error: 'not_found' })
  })
  server.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  provider.issuer = issuer
  provider.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return provider
}
