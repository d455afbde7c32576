// Verifies an OpenID Connect ID token with node:crypto: signature against the provider's JWKS
// (RS256, PS256 or ES256 only: never "none", never a symmetric key), then issuer, audience,
// expiry and nonce. Any failure is an IdTokenError; the caller refuses the sign-in.
import { constants, createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto'

export class IdTokenError extends Error {
  override name = 'IdTokenError'
}

export interface IdTokenClaims {
  iss: string
  sub: string
  aud: string | string[]
  exp: number
  iat: number
  nonce?: string
  azp?: string
  email?: string
  preferred_username?: string
  name?: string
}

export interface Jwk extends JsonWebKey {
  kid?: string
  use?: string
  alg?: string
}

const ALGORITHMS: Record<string, { hash: string; options: (key: KeyObject) => Parameters<typeof verify>[2] }> = {
  RS256: { hash: 'sha256', options: (key) => key },
  PS256: { hash: 'sha256', options: (key) => ({ key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }) },
  ES256: { hash: 'sha256', options: (key) => ({ key, dsaEncoding: 'ieee-p1363' }) },
}
const CLOCK_SKEW_SECONDS = 60

function decodePart<T>(part: string | undefined, what: string): T {
  if (!part) throw new IdTokenError(`ID token has no ${what}`)
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as T
  } catch {
    throw new IdTokenError(`ID token ${what} is not valid JSON`)
  }
}

export async function verifyIdToken(
  token: string,
  options: {
    /** Returns the provider's signing keys; called again with refresh=true when the kid is unknown (key rotation). */
    keys: (refresh: boolean) => Promise<Jwk[]>
    issuer: string
    clientId: string
    nonce: string
    now: Date
  },
): Promise<IdTokenClaims> {
  const [headerPart, payloadPart, signaturePart, ...rest] = token.split('.')
  if (rest.length > 0 || !signaturePart) throw new IdTokenError('ID token is not a signed JWT')
  const header = decodePart<{ alg?: string; kid?: string; typ?: string }>(headerPart, 'header')
  const algorithm = header.alg ? ALGORITHMS[header.alg] : undefined
  if (!algorithm) throw new IdTokenError(`ID token algorithm ${header.alg ?? '(none)'} is not accepted`)

  const pick = (keys: Jwk[]) => keys.find((key) => (header.kid ? key.kid === header.kid : true) && (key.use ?? 'sig') === 'sig')
  const jwk = pick(await options.keys(false)) ?? pick(await options.keys(true))
  if (!jwk) throw new IdTokenError('ID token was signed with a key the provider does not publish')
  const key = createPublicKey({ key: jwk, format: 'jwk' })
  const signed = Buffer.from(`${headerPart}.${payloadPart}`)
  if (!verify(algorithm.hash, signed, algorithm.options(key), Buffer.from(signaturePart, 'base64url'))) {
    throw new IdTokenError('ID token signature does not verify')
  }

  const claims = decodePart<IdTokenClaims>(payloadPart, 'payload')
  const now = Math.floor(options.now.getTime() / 1000)
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (claims.iss !== options.issuer) throw new IdTokenError('ID token comes from a different issuer')
  if (!audiences.includes(options.clientId)) throw new IdTokenError('ID token is for a different client')
  if (audiences.length > 1 && claims.azp !== options.clientId) throw new IdTokenError('ID token authorised party is not this client')
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < now) throw new IdTokenError('ID token has expired')
  if (typeof claims.iat !== 'number' || claims.iat - CLOCK_SKEW_SECONDS > now) throw new IdTokenError('ID token was issued in the future')
  if (claims.nonce !== options.nonce) throw new IdTokenError('ID token nonce does not match this sign-in')
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new IdTokenError('ID token has no subject')
  return claims
}
