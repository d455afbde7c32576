import assert from 'node:assert/strict'
import path from 'node:path'
import { describe, it } from 'node:test'
import { loadConfig } from './config.ts'

describe('configuration', () => {
  it('uses embedded PGlite in ./data with safe local defaults', () => {
    const config = loadConfig({})
    assert.deepEqual(config.database, { kind: 'pglite', dataDir: path.resolve('data') })
    assert.equal(config.port, 3000)
    assert.equal(config.demo, true)
  })

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/x' })
    assert.equal(config.database.kind, 'postgres')
  })

  it('honours SIGHTLINE_DATA_DIR and PORT', () => {
    const config = loadConfig({ SIGHTLINE_DATA_DIR: '/tmp/here', PORT: '8080' })
    assert.deepEqual(config.database, { kind: 'pglite', dataDir: '/tmp/here' })
    assert.equal(config.port, 8080)
  })

  it('refuses to start in production without a session secret', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET/)
  })

  it('never shows demo sign-ins in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })
    assert.equal(config.demo, false)
  })

  it('rejects a port that is not a whole number and a today that is not a date', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be a whole number/)
    assert.throws(() => loadConfig({ SIGHTLINE_TODAY: '23/11/2026' }), /SIGHTLINE_TODAY must be a date/)
  })
})
