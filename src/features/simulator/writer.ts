// Turns the simulated history into bulk statements and runs them. Rows are buffered per table and
// written in foreign-key order, parents first, as one COPY per table per batch on PGlite or as
// `insert … select from unnest(…)` of a few thousand rows on a PostgreSQL server (a constant
// number of parameters, no per-row round trips). The simulator assigns ids itself (identity
// columns are "by default"), so nothing waits for ids to come back; sequences are moved past the
// largest id at the end. Every row carries back-dated recorded_at/updated_at stamps.
import { CompiledQuery, sql, type Insertable, type Kysely, type Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Sink } from './state.ts'

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

export interface Statement {
  sql: string
  parameters: unknown[]
}

type Buffered = Array<{ row: Record<string, unknown>; at: string }>

/**
 * Buffers the simulated rows per table and turns them into bulk statements, parents first. Pure:
 * it runs beside the simulation in its worker thread, and the main thread only executes what it
 * is sent. On PGlite each table's rows become one COPY from an in-memory file; on a PostgreSQL
 * server, `insert … select from unnest(…)` with one text parameter per column.
 */
export class SeedBatcher implements Sink {
  readonly counts = new Map<string, number>()
  private buffers = new Map<string, Buffered>()
  private buffered = 0

  constructor(
    private readonly catalogue: Catalogue,
    private readonly copy: boolean,
  ) {}

  add<T extends SeedTable>(table: T, row: NewRow<T>, at: string): void {
    this.push(table, row as unknown as Record<string, unknown>, at)
  }

  addEntries(entries: readonly Entry[]): void {
    for (const e of entries) this.push(e.table, e.row as unknown as Record<string, unknown>, e.at)
  }

  get full(): boolean {
    return this.buffered >= FLUSH_ROWS
  }

  /** Everything buffered, as statements in foreign-key order; the buffers start again empty. */
  take(): Statement[] {
    const statements: Statement[] = []
    for (const table of this.catalogue.order) {
      const rows = this.buffers.get(table)
      if (!rows || rows.length === 0) continue
      const size = this.copy ? rows.length : STATEMENT_ROWS
      for (let i = 0; i < rows.length; i += size) statements.push(this.statement(table, rows.slice(i, i + size)))
    }
    this.buffers = new Map()
    this.buffered = 0
    return statements
  }

  private push(table: string, row: Record<string, unknown>, at: string): void {
    let buffer = this.buffers.get(table)
    if (!buffer) this.buffers.set(table, (buffer = []))
    buffer.push({ row, at })
    this.buffered++
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1)
  }

  private statement(table: string, rows: Buffered): Statement {
    const info = this.catalogue.tables.get(table)
    if (!info) throw new Error(`The database has no table "${table}"`)
    const names = new Set<string>()
    for (const { row } of rows) for (const key of Object.keys(row)) names.add(key)
    for (const name of names) if (!info.columns.has(name)) throw new Error(`Table ${table} has no column "${name}"`)
    const columns = [...info.columns.keys()].filter((c) => names.has(c))
    return this.copy ? copyStatement(table, columns, rows) : unnestStatement(table, columns, info, rows)
  }
}

const STAMP_COLUMNS = ['recorded_at', 'updated_at', 'recorded_by', 'updated_by']
const quoted = (names: readonly string[]) => names.map((c) => `"${c}"`).join(', ')

/** COPY … FROM '/dev/blob' with the data as its one parameter: PGlitePool hands it over as the file. */
function copyStatement(table: string, columns: string[], rows: Buffered): Statement {
  const lines = new Array<string>(rows.length)
  const actors = `\t${SEED_ACTOR}\t${SEED_ACTOR}\n`
  for (let i = 0; i < rows.length; i++) {
    const { row, at } = rows[i] as Buffered[number]
    let line = ''
    for (const column of columns) line += `${copyText(row[column])}\t`
    lines[i] = `${line}${at}\t${at}${actors}`
  }
  return { sql: `copy "${table}" (${quoted([...columns, ...STAMP_COLUMNS])}) from '/dev/blob'`, parameters: [lines.join('')] }
}

/**
 * Each varying column travels as one text parameter in PostgreSQL's array syntax (cheap for the
 * driver); a column with one value throughout the batch is sent once, and the stamps reuse one
 * array: parsing array elements is most of the cost of a bulk insert.
 */
function unnestStatement(table: string, columns: string[], info: TableInfo, rows: Buffered): Statement {
  const parameters: unknown[] = []
  const param = (value: unknown) => `$${parameters.push(value)}`
  const arrays: string[] = []
  const select: string[] = []
  for (const column of columns) {
    const type = info.columns.get(column) as string
    const first = rows[0]?.row[column] ?? null
    if (rows.every(({ row }) => (row[column] ?? null) === first)) {
      select.push(first === null ? `null::${type}` : `${param(first)}::${type}`)
      continue
    }
    select.push(`u.c${arrays.length}`)
    arrays.push(`${param(arrayLiteral(rows.map(({ row }) => row[column])))}::text::${type}[]`)
  }
  const at = `u.c${arrays.length}`
  arrays.push(`${param(arrayLiteral(rows.map((r) => r.at)))}::text::timestamptz[]`)
  const actor = param(SEED_ACTOR)
  const aliases = arrays.map((_, i) => `c${i}`).join(', ')
  return {
    sql: `insert into "${table}" (${quoted([...columns, ...STAMP_COLUMNS])}) select ${[...select, at, at, actor, actor].join(', ')} from unnest(${arrays.join(', ')}) as u(${aliases})`,
    parameters,
  }
}

/** Whether bulk statements should be COPY: only PGlite takes its data from an in-memory file. */
export async function copyLoads(db: Kysely<DB> | Transaction<DB>): Promise<boolean> {
  const engine = await sql<{ version: string }>`select version()`.execute(db)
  return engine.rows[0]?.version.includes('PGlite') ?? false
}

/**
 * Bulk-load mode for this transaction, as pg_restore --disable-triggers does: foreign keys are
 * not re-checked row by row (the batcher already writes parents first, and the tests check every
 * key afterwards). Only a superuser may do this; anyone else gets ordinary checked inserts.
 * The versioning trigger fires on update and delete only, so it is unaffected.
 */
export async function enterBulkLoad(trx: Transaction<DB>): Promise<boolean> {
  const role = await sql<{ superuser: boolean }>`select rolsuper as superuser from pg_roles where rolname = current_user`.execute(trx)
  if (!role.rows[0]?.superuser) return false
  await sql`select set_config('session_replication_role', 'replica', true), set_config('gin_pending_list_limit', '65536', true)`.execute(trx)
  return true
}

export async function runStatements(trx: Transaction<DB>, statements: readonly Statement[]): Promise<void> {
  for (const s of statements) await trx.executeQuery(CompiledQuery.raw(s.sql, s.parameters))
}

/**
 * An empty embedded database loads faster without its secondary indexes, built once at the end
 * (a sort, not a million insertions): drops them in this transaction and returns how to rebuild
 * them. Indexes that back a constraint (keys, uniques, foreign keys' targets) stay.
 */
export async function dropSecondaryIndexes(trx: Transaction<DB>): Promise<string[]> {
  const indexes = await sql<{ name: string; definition: string }>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and not exists (select 1 from pg_constraint k where k.conname = i.indexname)
    order by i.indexname`.execute(trx)
  for (const index of indexes.rows) await sql`drop index ${sql.id(index.name)}`.execute(trx)
  return indexes.rows.map((index) => index.definition)
}

export async function rebuildIndexes(trx: Transaction<DB>, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await sql.raw(definition).execute(trx)
}

/** Moves each identity sequence past the ids the simulator assigned. */
export async function moveSequences(trx: Transaction<DB>, tables: Iterable<string>): Promise<void> {
  for (const table of tables) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select coalesce(max(id), 0) + 1 from ${sql.table(table)}), false)`.execute(trx)
  }
}

/** A value in COPY's text format: \\N for null; backslash, tab, newline and return escaped. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch] as string) : text
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

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
