// Walks the audit chain from the first entry and recomputes every hash. An edited row no longer
// matches its own hash; a deleted row leaves the next row pointing at a hash that is not its
// predecessor's. Identity gaps alone are not evidence (a rolled-back transaction leaves one).
// Deleting rows from the very end cannot be seen from inside the chain, so the report gives the
// head hash and count for operators to record elsewhere and compare next time.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { auditRowHash, GENESIS_HASH } from './audit.ts'

export type AuditProblem = 'edited' | 'missing_before'

export type AuditVerification =
  | { ok: true; entries: number; headHash: string; headId: number | null }
  | { ok: false; entries: number; brokenAtId: number; problem: AuditProblem; message: string }

const BATCH = 5_000

export async function verifyAuditChain(db: Kysely<DB>): Promise<AuditVerification> {
  let previousHash = GENESIS_HASH
  let previousId: number | null = null
  let entries = 0
  for (;;) {
    const rows = await readBatch(db, previousId ?? 0)
    for (const row of rows) {
      const id = Number(row.id)
      if (row.previous_hash !== previousHash) {
        const where = previousId === null ? 'the start of the trail' : `entry ${previousId}`
        return {
          ok: false,
          entries,
          brokenAtId: id,
          problem: 'missing_before',
          message: `Audit entry ${id} does not follow ${where}: an entry between them was deleted, or ${where} was changed.`,
        }
      }
      if (auditRowHash(row.previous_hash, row) !== row.hash) {
        return { ok: false, entries, brokenAtId: id, problem: 'edited', message: `Audit entry ${id} was changed after it was written.` }
      }
      previousHash = row.hash
      previousId = id
      entries++
    }
    if (rows.length < BATCH) return { ok: true, entries, headHash: previousHash, headId: previousId }
  }
}

function readBatch(db: Kysely<DB>, afterId: number) {
  return db.selectFrom('audit_event').selectAll().where('id', '>', afterId).orderBy('id').limit(BATCH).execute()
}
