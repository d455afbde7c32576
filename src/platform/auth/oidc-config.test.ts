import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadConfig } from '../../config.ts'

const ALL = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'id', OIDC_CLIENT_SECRET: 'secret', OIDC_REDIRECT_URI: 'https://sightline.example/sign-in/oidc/callback' }

describe('OpenID Connect settings', () => {
  it('are off when none is set', () => {
    assert.equal(loadConfig({}).oidc, undefined)
  })
  it('are read when all four are set', () => {
    assert.deepEqual(loadConfig(ALL).oidc, { issuer: ALL.OIDC_ISSUER, clientId: 'id', clientSecret: 'secret', redirectUri: ALL.OIDC_REDIRECT_URI })
  })
  it('refuse to start with only some of them', () => {
    assert.throws(() => loadConfig({ OIDC_ISSUER: ALL.OIDC_ISSUER }), /needs all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI/)
  })
  it('refuse plain http in production', () => {
    assert.throws(() => loadConfig({ ...ALL, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), OIDC_REDIRECT_URI: 'http://sightline.example/cb' }), /https/)
  })
})
