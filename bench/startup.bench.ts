// Cold `npm start` on a fresh data folder (migrate, reference data, seed the demo authority,
// serve) to the first page answered, then a warm restart on the same folder.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BenchRow } from './run.ts'

const root = path.resolve(import.meta.dirname, '..')

async function timeToFirstPage(dataDir: string): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, [path.join(root, 'bin/sightline.js'), 'start'], {
    cwd: root,
    env: { ...process.env, SIGHTLINE_DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /running at (http:\/\/localhost:\d+)/.exec(out)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`sightline start exited with ${code}: ${out}`)))
    })
    const response = await fetch(`${url}/sign-in`)
    if (response.status !== 200) throw new Error(`First page answered ${response.status}`)
    return (performance.now() - started) / 1000
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
  }
}

export default async function startup(): Promise<BenchRow[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sightline-bench-start-'))
  try {
    const cold = await timeToFirstPage(dataDir)
    const warm = await timeToFirstPage(dataDir)
    return [
      { name: 'cold npm start to first page (incl. demo seed)', value: cold, unit: 's', target: 60 },
      { name: 'warm restart to first page', value: warm, unit: 's', target: 10 },
    ]
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
