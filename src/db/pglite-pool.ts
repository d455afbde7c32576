// PGlite behind the `pg` Pool interface that Kysely's PostgresDialect drives, so SQL, types and
// migrations are identical on both engines. PGlite has exactly one connection: a caller holds it
// from connect() to release(), and everyone else queues. A query on the outer handle inside a
// transaction would therefore wait for itself; the wait is bounded and fails with a clear message.
import type { PGlite } from '@electric-sql/pglite'
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely'

/**
 * COPY … FROM '/dev/blob' takes no parameters in SQL, so a single parameter given with it is the
 * file's content (PGlite's in-memory file): how the seed writer bulk-loads.
 */
const COPY_FROM_BLOB = /^\s*copy\s[^;]*\sfrom\s+'\/dev\/blob'\s*$/i
const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE'])

export class PGlitePool implements PostgresPool {
  readonly #pg: PGlite
  readonly #waitLimitMs: number
  #holder: Promise<void> = Promise.resolve()
  #ended = false

  constructor(pg: PGlite, options: { waitLimitMs?: number } = {}) {
    this.#pg = pg
    this.#waitLimitMs = options.waitLimitMs ?? 120_000
  }

  async connect(): Promise<PostgresPoolClient> {
    if (this.#ended) throw new Error('The embedded database has been closed.')
    const previous = this.#holder
    let release!: () => void
    this.#holder = new Promise<void>((resolve) => (release = resolve))
    try {
      await waitFor(previous, this.#waitLimitMs)
    } catch (error) {
      // Give our place in the queue back once the holder ahead of us lets go.
      void previous.then(release)
      throw error
    }
    let released = false
    const pg = this.#pg
    const query = async <R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> => {
        // Without parameters a text may hold several statements (migrations); exec runs them all.
        if (parameters.length === 0) {
          const results = await pg.exec(sql)
          const last = results.at(-1)
          return { command: commandOf(sql), rowCount: last?.affectedRows ?? 0, rows: (last?.rows ?? []) as R[] }
        }
        if (COPY_FROM_BLOB.test(sql) && parameters.length === 1) {
          const copied = await pg.query<R>(sql, [], { blob: new Blob([String(parameters[0])]) })
          return { command: 'SELECT', rowCount: copied.affectedRows ?? 0, rows: [] }
        }
        const result = await pg.query<R>(sql, parameters as unknown[])
        return { command: commandOf(sql), rowCount: result.affectedRows ?? 0, rows: result.rows }
    }
    return {
      // Cursors (streaming reads) are not offered by the embedded engine.
      query: query as PostgresPoolClient['query'],
      release() {
        if (released) return
        released = true
        release()
      },
    }
  }

  async end(): Promise<void> {
    if (this.#ended) return
    this.#ended = true
    await this.#holder
    await this.#pg.close()
  }
}

function commandOf(sql: string): PostgresQueryResult<unknown>['command'] {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT'
  return (WRITE_COMMANDS.has(word) ? word : 'SELECT') as PostgresQueryResult<unknown>['command']
}

async function waitFor(previous: Promise<void>, limitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Waited ${limitMs / 1000}s for the embedded database's only connection. ` +
              'Is the outer database handle being used inside a transaction? Use the transaction handle.',
          ),
        ),
      limitMs,
    )
  })
  try {
    await Promise.race([previous, limit])
  } finally {
    clearTimeout(timer)
  }
}
