// The one place that knows which engine is behind the data layer. Everything above src/db/
// receives a Kysely<DB> and cannot tell PGlite from PostgreSQL.
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config.ts'
import { lockDataFolder, type FolderLock } from './folder-lock.ts'
import { PGlitePool } from './pglite-pool.ts'
import type { DB } from './schema.ts'
import { valueParsers } from './type-parsers.ts'

export interface Database {
  db: Kysely<DB>
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') return openPostgres(config.connectionString, config.poolSize)
  const lock = lockDataFolder(config.dataDir)
  try {
    return await openPGlite({ dataDir: config.dataDir }, lock)
  } catch (error) {
    lock.release()
    throw error
  }
}

/** An embedded database held in memory, optionally starting from a dumped data folder (tests). */
export async function openMemoryDatabase(loadDataDir?: Blob): Promise<Database> {
  return openPGlite({ loadDataDir })
}

async function openPGlite(
  options: { dataDir?: string; loadDataDir?: Blob | undefined },
  lock?: FolderLock,
): Promise<Database & { pglite: PGlite }> {
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: valueParsers,
    extensions: { pg_trgm },
  })
  const pool = new PGlitePool(pglite)
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    kind: 'pglite',
    pglite,
    async close() {
      await db.destroy()
      lock?.release()
    },
  }
}

function openPostgres(connectionString: string, max: number): Database {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        valueParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}
