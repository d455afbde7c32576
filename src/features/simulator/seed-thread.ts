// The main thread's side of the simulation's worker: messages arrive in order and are taken one
// at a time, so each unit's statements run inside that unit's transaction.
import { Worker } from 'node:worker_threads'
import type { ManifestEntry } from './inject-errors.ts'
import type { SimulationInput } from './seed-worker.ts'
import type { Statement } from './writer.ts'

export type FromSimulation =
  | { kind: 'batch'; statements: Statement[] }
  | { kind: 'progress'; done: number; total: number; stage: string }
  | { kind: 'unit-end'; counts: Record<string, number> }
  | { kind: 'done'; manifest: ManifestEntry[] }
  | { kind: 'failed'; message: string }

export type ToSimulation = { kind: 'written' }

export class SimulationThread {
  private readonly worker: Worker
  private readonly queue: FromSimulation[] = []
  private waiting: { resolve: (m: FromSimulation) => void; reject: (e: Error) => void } | undefined
  private failure: Error | undefined

  constructor(input: SimulationInput) {
    // No inherited flags: the entry registers the TypeScript loader itself.
    this.worker = new Worker(new URL('./seed-worker-entry.mjs', import.meta.url), { workerData: input, execArgv: [] })
    this.worker.on('message', (message: FromSimulation) => {
      if (message.kind === 'failed') return this.fail(new Error(`The simulation failed: ${message.message}`))
      if (this.waiting) {
        this.waiting.resolve(message)
        this.waiting = undefined
      } else this.queue.push(message)
    })
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`The simulation thread stopped with code ${code}`))
    })
  }

  next(): Promise<FromSimulation> {
    const message = this.queue.shift()
    if (message) return Promise.resolve(message)
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }))
  }

  written(): void {
    this.worker.postMessage({ kind: 'written' } satisfies ToSimulation)
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('The simulation thread was stopped')
    await this.worker.terminate()
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.waiting?.reject(error)
    this.waiting = undefined
  }
}
