// Audit in the data path: every read of a child's record and every change, allowed or refused.
// Rows are chained: hash = sha256(previous hash + this row's content), so an edit or a deletion
// anywhere breaks the chain (`sightline audit verify`). Appends are serialised by an advisory
// lock (inside the audit_append database function) so two requests cannot chain to the same
// predecessor.
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Principal } from '../auth/principal.ts'
import type { Clock } from '../time/clock.ts'

export type AuditAction = 'view' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'break_glass' | 'sign_in' | 'drill_down'

export interface AuditEntry {
  principal: Principal | { system: string }
  action: AuditAction
  recordType: string
  recordId?: string | number | null
  childId?: number | null
  outcome: 'allowed' | 'refused'
  reason?: string | null
  requestId?: string | null
}

export const GENESIS_HASH = '0'.repeat(64)

/** The canonical text of an entry that its hash covers. The database function hashes exactly this. */
export function auditContent(row: Record<string, unknown>): string {
  return JSON.stringify([
    row.at instanceof Date ? row.at.toISOString() : row.at,
    row.user_id ?? null,
    row.username,
    row.role ?? null,
    row.action,
    row.record_type,
    row.record_id ?? null,
    row.child_id ?? null,
    row.outcome,
    row.reason ?? null,
    row.request_id ?? null,
  ])
}

export function auditRowHash(previousHash: string, row: Record<string, unknown>): string {
  return createHash('sha256').update(previousHash).update(auditContent(row)).digest('hex')
}

export function createAuditService(db: Kysely<DB>, clock: Clock) {
  return {
    /**
     * Appends one entry. Inside a caller's transaction the entry commits or rolls back with the
     * change it records; otherwise it is its own one-statement transaction. One round trip
     * either way: the chain lock, previous hash and insert happen in audit_append().
     */
    async record(entry: AuditEntry, trx: Kysely<DB> = db): Promise<void> {
      const who =
        'system' in entry.principal
          ? { user_id: null, username: `system:${entry.principal.system}`, role: null }
          : { user_id: entry.principal.userId, username: entry.principal.username, role: entry.principal.role }
      const row = {
        at: clock.now(),
        ...who,
        action: entry.action,
        record_type: entry.recordType,
        record_id: entry.recordId === undefined || entry.recordId === null ? null : String(entry.recordId),
        child_id: entry.childId ?? null,
        outcome: entry.outcome,
        reason: entry.reason ?? null,
        request_id: entry.requestId ?? null,
      }
      await sql`select audit_append(${row.at}, ${row.user_id}, ${row.username}, ${row.role}, ${row.action}, ${row.record_type},
        ${row.record_id}, ${row.child_id}, ${row.outcome}, ${row.reason}, ${row.request_id}, ${auditContent(row)})`.execute(trx)
    },
  }
}

export type AuditService = ReturnType<typeof createAuditService>
