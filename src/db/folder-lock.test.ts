import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { FolderInUseError, LOCK_FILE, lockDataFolder } from './folder-lock.ts'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sightline-lock-'))

describe('data folder lock', () => {
  it('refuses a second holder in the same process and names the holder', () => {
    const dir = tempDir()
    const lock = lockDataFolder(dir)
    assert.throws(() => lockDataFolder(dir), (error: unknown) => error instanceof FolderInUseError && error.holderPid === process.pid)
    lock.release()
    lockDataFolder(dir).release()
  })

  it('refuses a folder held by another live process', async () => {
    const dir = tempDir()
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: holder.pid, host: os.hostname(), since: '' }))
      assert.throws(() => lockDataFolder(dir), /in use by another Sightline process \(pid \d+\)/)
    } finally {
      holder.kill()
    }
  })

  it('takes over a stale lock left by a process that has died', async () => {
    const dir = tempDir()
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => dead.once('exit', resolve))
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: dead.pid, host: os.hostname(), since: '' }))
    const lock = lockDataFolder(dir)
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, process.pid)
    lock.release()
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false)
  })

  it('treats a lock written on another host as held', () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'another-host', since: '' }))
    assert.throws(() => lockDataFolder(dir), FolderInUseError)
  })
})
