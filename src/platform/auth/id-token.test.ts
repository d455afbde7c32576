import assert from 'node:assert/strict'
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { describe, it } from 'node:test'
import { verifyIdToken, type Jwk } from './id-token.ts'

const NOW = new Date('2026-11-23T12:00:00Z')
const iat = Math.floor(NOW.getTime() / 1000)
const claims = { iss: 'https://login.example', aud: 'sightline', sub: 'abc', nonce: 'n-1', iat, exp: iat + 300 }
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

function token(header: Record<string, unknown>, key: KeyObject, options: { dsaEncoding?: 'ieee-p1363' } = {}) {
  const input = `${b64(header)}.${b64(claims)}`
  return `${input}.${sign('sha256', Buffer.from(input), options.dsaEncoding ? { key, dsaEncoding: options.dsaEncoding } : key).toString('base64url')}`
}

const verifyWith = (jwt: string, keys: (refresh: boolean) => Promise<Jwk[]>) =>
  verifyIdToken(jwt, { keys, issuer: 'https://login.example', clientId: 'sightline', nonce: 'n-1', now: NOW })

describe('ID token verification', () => {
  it('accepts an ES256 token signed by a published key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'ec-1' }
    const result = await verifyWith(token({ alg: 'ES256', kid: 'ec-1' }, privateKey, { dsaEncoding: 'ieee-p1363' }), async () => [jwk])
    assert.equal(result.sub, 'abc')
  })

  it('fetches the keys again when the provider has rotated to a key it had not published before', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const fresh = { ...publicKey.export({ format: 'jwk' }), kid: 'rotated' }
    const asked: boolean[] = []
    const keys = async (refresh: boolean) => {
      asked.push(refresh)
      return refresh ? [fresh] : []
    }
    await verifyWith(token({ alg: 'RS256', kid: 'rotated' }, privateKey), keys)
    assert.deepEqual(asked, [false, true])
  })

  it('refuses a symmetric (HS256) token, whatever its signature', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k' }
    await assert.rejects(verifyWith(token({ alg: 'HS256', kid: 'k' }, privateKey), async () => [jwk]), /algorithm HS256 is not accepted/)
  })
})
