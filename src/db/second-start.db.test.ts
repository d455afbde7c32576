// The acceptance test: a second `sightline start` on a data folder that a running one
// holds exits non-zero with a clear message, and nothing already committed is lost.
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, describe, it } from 'node:test'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin/sightline.js')

function sightline(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })
}

async function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  let text = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${pattern}: ${text}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      text += chunk.toString()
      if (pattern.test(text)) {
        clearTimeout(timer)
        resolve(text)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => reject(new Error(`Exited with ${code} before ${pattern}: ${text}`)))
  })
}

describe('a second process on the same data folder', { skip: process.env.SIGHTLINE_TEST_PG_URL ? 'embedded database only' : false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightline-second-'))
  const env = { SIGHTLINE_DATA_DIR: dir, SIGHTLINE_DEMO: 'false', PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: '' }
  let first: ChildProcess | undefined
  after(() => first?.kill('SIGKILL'))

  it('exits non-zero with a clear message and loses nothing already committed', async () => {
    const migrate = sightline(['migrate'], env)
    assert.equal(migrate.status, 0, migrate.stderr)

    first = spawn(process.execPath, [bin, 'start'], { cwd: root, env: { ...process.env, ...env } })
    const banner = await waitForOutput(first, /Sightline is running at \S+/, 120_000)
    const url = /(http:\/\/localhost:\d+)/.exec(banner)?.[1]
    // Commit a row through the running service: showing the sign-in page stores a session.
    const signInPage = await fetch(`${url}/sign-in`)
    assert.equal(signInPage.status, 200)

    const second = sightline(['start'], { ...env, PORT: '0' })
    assert.notEqual(second.status, 0)
    assert.match(second.stderr, /in use by another Sightline process \(pid \d+\)/)

    const alsoMigrate = sightline(['migrate'], env)
    assert.notEqual(alsoMigrate.status, 0)

    first.kill('SIGTERM')
    await new Promise((resolve) => first?.once('exit', resolve))
    first = undefined

    // The refused processes wrote nothing: the schema the first process left is whole, and a new
    // process can open the folder again (the lock was released, not left stale).
    const reopen = sightline(['migrate'], env)
    assert.equal(reopen.status, 0, reopen.stderr)
    assert.match(reopen.stdout, /Applied 0 of \d+ migrations/)
    const count = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import('./src/db/database.ts').then(async ({ openDatabase }) => {
        const d = await openDatabase({ kind: 'pglite', dataDir: ${JSON.stringify(dir)} })
        const r = await d.db.selectFrom('user_session').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
        console.log('sessions=' + r.n); await d.close() })`],
      { cwd: root, encoding: 'utf8' },
    )
    assert.match(count.stdout, /sessions=1\b/, count.stderr)
  })
})
