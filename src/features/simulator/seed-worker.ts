// The simulation's own thread: it runs every unit and sends the main thread ready-made bulk
// statements, so computing the next months overlaps writing the last ones (PGlite runs its
// queries on the main thread, so without this the two would take turns on one core).
import { parentPort, workerData } from 'node:worker_threads'
import type { IsoDate } from '../../platform/time/dates.ts'
import { simulateUnit } from './engine.ts'
import { ErrorInjector } from './inject-errors.ts'
import { Random } from './random.ts'
import { Ids } from './state.ts'
import { SeedBatcher, type Catalogue } from './writer.ts'
import type { FromSimulation, ToSimulation } from './seed-thread.ts'

export interface SimulationInput {
  scale: number
  seed: number
  today: IsoDate
  injectErrors?: number
  catalogue: Catalogue
  copy: boolean
}

/** Batches sent but not yet written: enough to keep both threads busy, few enough to bound memory. */
const IN_FLIGHT = 2

const port = parentPort
if (!port) throw new Error('seed-worker.ts runs only as a worker thread')
const input = workerData as SimulationInput
let unwritten = 0
let written: (() => void) | undefined
port.on('message', (message: ToSimulation) => {
  if (message.kind !== 'written') return
  unwritten--
  written?.()
})
const send = (message: FromSimulation) => port.postMessage(message)

async function sendBatch(batcher: SeedBatcher): Promise<void> {
  const statements = batcher.take()
  if (statements.length === 0) return
  unwritten++
  send({ kind: 'batch', statements })
  while (unwritten >= IN_FLIGHT) await new Promise<void>((resolve) => (written = resolve))
}

async function run(): Promise<void> {
  const units = Math.ceil(input.scale)
  // The same streams, drawn in the same order, as seedAuthority's own record of them (index.ts).
  const root = new Random(input.seed)
  const injector = input.injectErrors ? new ErrorInjector(root.fork('errors'), input.injectErrors, input.today) : undefined
  const ids = new Ids()
  for (let unit = 0; unit < units; unit++) {
    const batcher = new SeedBatcher(input.catalogue, input.copy)
    await simulateUnit({
      rng: root.fork(`unit-${unit}`),
      ids,
      sink: injector ? injector.wrap(batcher) : batcher,
      unit,
      scale: input.scale / units,
      today: input.today,
      afterMonth: async (month, index, total) => {
        if (batcher.full) await sendBatch(batcher)
        send({ kind: 'progress', done: unit * total + index + 1, total: units * total, stage: `unit ${unit + 1} of ${units}: ${month.slice(0, 7)}` })
      },
    })
    await sendBatch(batcher)
    send({ kind: 'unit-end', counts: Object.fromEntries(batcher.counts) })
  }
  send({ kind: 'done', manifest: injector?.manifest ?? [] })
}

run().catch((error: unknown) => send({ kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
