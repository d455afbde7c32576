// PGlite takes no lock on its data folder, and two processes writing one folder silently lose
// committed rows. We hold a lock file naming our pid; a lock left by a dead process is taken over.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const LOCK_FILE = 'sightline.lock'

export class FolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Sightline process (pid ${holderPid}). ` +
        'Stop that process first, or set SIGHTLINE_DATA_DIR to a different folder.',
    )
    this.name = 'FolderInUseError'
  }
}

interface LockContent {
  pid: number
  host: string
  since: string
}

const heldHere = new Set<string>()

export interface FolderLock {
  release(): void
}

export function lockDataFolder(dataDir: string): FolderLock {
  const dir = path.resolve(dataDir)
  if (heldHere.has(dir)) throw new FolderInUseError(dir, process.pid)
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, LOCK_FILE)
  const content: LockContent = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() }

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(content), { flag: 'wx' })
      heldHere.add(dir)
      const onExit = () => removeIfOurs(file)
      process.once('exit', onExit)
      return {
        release() {
          process.removeListener('exit', onExit)
          removeIfOurs(file)
          heldHere.delete(dir)
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readLock(file)
      if (holder && isAlive(holder)) throw new FolderInUseError(dir, holder.pid)
      // Stale: its process is gone. Remove it and try again (another taker may race us; wx decides).
      fs.rmSync(file, { force: true })
    }
  }
  throw new Error(`Could not take the lock on ${dir}; try again.`)
}

function readLock(file: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockContent>
    return typeof parsed.pid === 'number' ? (parsed as LockContent) : undefined
  } catch {
    return undefined
  }
}

function isAlive(holder: LockContent): boolean {
  // A lock written on another host cannot be checked from here, so it counts as held.
  if (holder.host !== os.hostname()) return true
  if (holder.pid === process.pid) return true
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function removeIfOurs(file: string): void {
  const holder = readLock(file)
  if (holder?.pid === process.pid) fs.rmSync(file, { force: true })
}
