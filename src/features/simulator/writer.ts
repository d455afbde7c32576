// Streams the simulated history into the database. Rows are buffered per table and written in
// large multi-row inserts (one `insert … select * from unnest($1::type[], …)` per few thousand
// rows: a constant number of parameters, so no per-row round trips), always in foreign-key order
// so a row's parents are written first. The simulator assigns ids itself (identity columns are
// "by default"), so nothing has to wait for ids to come back; sequences are moved past the
// largest id at the end. Every row carries back-dated recorded_at/updated_at stamps.
// One flush may be in flight while the simulation carries on computing the next month.
import { sql, type Insertable, type Kysely, type RawBuilder, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'

type StampColumn = 'recorded_at' | 'recorded_by' | 'updated_at' | 'updated_by' | 'version'
/** Tables with record stamps: the case record and the organisation, which the simulator fills. */
export type SeedTable = { [K in keyof DB]: 'recorded_at' extends keyof DB[K] ? K : never }[keyof DB] & string
/** Timestamps travel as ISO text: the simulator never builds Date objects for a million rows. */
type Textual<R> = { [K in keyof R]: [Exclude<R[K], null | undefined>] extends [Date] ? Exclude<R[K], Date> | string : R[K] }
export type NewRow<T extends SeedTable> = Textual<Omit<Insertable<DB[T]>, StampColumn | 'id'>> & { id: number }
export type Entry = { [T in SeedTable]: { table: T; row: NewRow<T>; at: string } }[SeedTable]

export const SEED_ACTOR = 'system:seed'
const STATEMENT_ROWS = 5000
const FLUSH_ROWS = 20_000

interface TableInfo {
  columns: Map<string, string>
}

export interface Catalogue {
  order: string[]
  tables: Map<string, TableInfo>
}

/** Column types and a parents-first order of the tables, read from the database itself. */
export async function readCatalogue(db: Kysely<DB> | Transaction<DB>): Promise<Catalogue> {
  const columns = await sql<{ table_name: string; column_name: string; udt_name: string }>`
    select table_name, column_name, udt_name from information_schema.columns
    where table_schema = current_schema() order by table_name, ordinal_position`.execute(db)
  const tables = new Map<string, TableInfo>()
  for (const c of columns.rows) {
    const info = tables.get(c.table_name) ?? { columns: new Map<string, string>() }
    info.columns.set(c.column_name, c.udt_name)
    tables.set(c.table_name, info)
  }
  const links = await sql<{ child: string; parent: string }>`
    select cl.relname as child, ref.relname as parent from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid join pg_class ref on ref.oid = con.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where con.contype = 'f' and n.nspname = current_schema()`.execute(db)
  return { tables, order: parentsFirst([...tables.keys()].sort(), links.rows) }
}

export function parentsFirst(names: string[], links: ReadonlyArray<{ child: string; parent: string }>): string[] {
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]))
  for (const { child, parent } of links) if (child !== parent) parents.get(child)?.add(parent)
  const order: string[] = []
  const placed = new Set<string>()
  while (order.length < names.length) {
    const next = names.find((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p) || !parents.has(p)))
    if (next === undefined) throw new Error('Foreign keys form a cycle between tables')
    order.push(next)
    placed.add(next)
  }
  return order
}

export class SeedWriter {
  readonly counts = new Map<string, number>()
  private buffers = new Map<string, Array<{ row: Record<string, unknown>; at: string }>>()
  private buffered = 0
  private inFlight: Promise<void> = Promise.resolve()
  private failure: unknown

  constructor(
    private readonly trx: Transaction<DB>,
    private readonly catalogue: Catalogue,
  ) {}

  /**
   * Bulk-load mode for this transaction, as pg_restore --disable-triggers does: foreign keys are
   * not re-checked row by row (the writer already inserts parents first, and the tests check every
   * key afterwards). Only a superuser may do this; anyone else gets ordinary checked inserts.
   * The versioning trigger fires on update and delete only, so it is unaffected.
   */
  async bulkLoad(): Promise<boolean> {
    const role = await sql<{ superuser: boolean }>`select rolsuper as superuser from pg_roles where rolname = current_user`.execute(this.trx)
    if (!role.rows[0]?.superuser) return false
    await sql`select set_config('session_replication_role', 'replica', true), set_config('gin_pending_list_limit', '65536', true)`.execute(this.trx)
    return true
  }

  add<T extends SeedTable>(table: T, row: NewRow<T>, at: string): void {
    this.push(table, row as unknown as Record<string, unknown>, at)
  }

  addEntries(entries: readonly Entry[]): void {
    for (const e of entries) this.push(e.table, e.row as unknown as Record<string, unknown>, e.at)
  }

  /** Starts writing when enough rows are waiting; returns once the previous write has finished. */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= FLUSH_ROWS) await this.flush()
  }

  async flush(): Promise<void> {
    await this.inFlight
    this.throwIfFailed()
    const batch = this.buffers
    this.buffers = new Map()
    this.buffered = 0
    this.inFlight = this.write(batch).then(
      () => undefined,
      (error: unknown) => {
        this.failure = error
      },
    )
  }

  /** Writes everything left and moves each identity sequence past the ids we assigned. */
  async finish(): Promise<void> {
    await this.flush()
    await this.inFlight
    this.throwIfFailed()
    for (const table of this.counts.keys()) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select coalesce(max(id), 0) + 1 from ${sql.table(table)}), false)`.execute(this.trx)
    }
  }

  private push(table: string, row: Record<string, unknown>, at: string): void {
    let buffer = this.buffers.get(table)
    if (!buffer) this.buffers.set(table, (buffer = []))
    buffer.push({ row, at })
    this.buffered++
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1)
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure
  }

  private async write(batch: Map<string, Array<{ row: Record<string, unknown>; at: string }>>): Promise<void> {
    for (const table of this.catalogue.order) {
      const rows = batch.get(table)
      if (!rows || rows.length === 0) continue
      for (let i = 0; i < rows.length; i += STATEMENT_ROWS) await this.insert(table, rows.slice(i, i + STATEMENT_ROWS))
    }
  }

  private async insert(table: string, rows: Array<{ row: Record<string, unknown>; at: string }>): Promise<void> {
    const info = this.catalogue.tables.get(table)
    if (!info) throw new Error(`The database has no table "${table}"`)
    const names = new Set<string>()
    for (const { row } of rows) for (const key of Object.keys(row)) names.add(key)
    const columns = [...info.columns.keys()].filter((c) => names.has(c))
    for (const name of names) if (!info.columns.has(name)) throw new Error(`Table ${table} has no column "${name}"`)
    // Each varying column travels as one text parameter in PostgreSQL's array syntax (cheap for
    // both drivers); a column with one value throughout the batch is sent once, and the stamps
    // reuse one array: parsing array elements is most of the cost of a bulk insert.
    const arrays: RawBuilder<unknown>[] = []
    const select: RawBuilder<unknown>[] = []
    for (const column of columns) {
      const type = info.columns.get(column) as string
      const first = rows[0]?.row[column] ?? null
      if (rows.every(({ row }) => (row[column] ?? null) === first)) {
        select.push(first === null ? sql`null::${sql.raw(type)}` : sql`${first}::${sql.raw(type)}`)
        continue
      }
      select.push(sql.ref(`u.c${arrays.length}`))
      arrays.push(sql`${arrayLiteral(rows.map(({ row }) => row[column]))}::text::${sql.raw(`${type}[]`)}`)
    }
    const at = sql.ref(`u.c${arrays.length}`)
    arrays.push(sql`${arrayLiteral(rows.map((r) => r.at))}::text::timestamptz[]`)
    const aliases = sql.raw(arrays.map((_, i) => `c${i}`).join(', '))
    await sql`insert into ${sql.table(table)} (${sql.join([...columns, 'recorded_at', 'updated_at', 'recorded_by', 'updated_by'].map((c) => sql.ref(c)))})
      select ${sql.join([...select, at, at, sql`${SEED_ACTOR}`, sql`${SEED_ACTOR}`])} from unnest(${sql.join(arrays)}) as u(${aliases})`.execute(this.trx)
  }
}

/** A PostgreSQL array literal: numbers and booleans bare, text quoted and escaped, NULL for absent. */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v === null || v === undefined) parts[i] = 'NULL'
    else if (typeof v === 'number' || typeof v === 'boolean') parts[i] = String(v)
    else {
      const text = typeof v === 'string' ? v : JSON.stringify(v)
      parts[i] = /["\\]/.test(text) ? `"${text.replace(/["\\]/g, (ch) => `\\${ch}`)}"` : `"${text}"`
    }
  }
  return `{${parts.join(',')}}`
}
