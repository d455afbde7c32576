// Removing an entry recorded in error. Access is checked where the record is read (the child must
// be visible to the user, the entry must be that child's), then the role: whoever may record an
// entry may remove it. The removal is one transaction as the user: the row is deleted (its old
// version stays in record_history), a trace is left for the chronology, and the audit row is
// written alongside.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { actorId } from '../../platform/auth/principal.ts'
import { forbidden, notFound } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { londonDate, type IsoDate } from '../../platform/time/dates.ts'
import type { CaseAccess, SeenChildId } from '../casework/case-access.ts'
import { childHeader, type ChildHeader } from '../casework/child-header.ts'
import type { FormContext } from '../casework/form-page.ts'
import { deleteEntry, findEntry, insertRemovalTrace } from './corrections.repository.ts'
import { mayRemove, REMOVABLE_ENTRIES, type RemovableEntry, type RemovableType } from './removable-entries.ts'

export interface EntryToRemove {
  type: RemovableType
  id: number
  label: string
  date: IsoDate
  recordedBy: string | null
  recordedOn: IsoDate
  alsoRemoves: string | null
}

export function createCorrectionsService(db: Kysely<DB>, clock: Clock, access: CaseAccess, audit: AuditService) {
  async function open(form: FormContext, childId: number, type: RemovableType, action: 'view' | 'delete'): Promise<SeenChildId> {
    const recordType = REMOVABLE_ENTRIES[type].table
    const seen = await access.openChild({ principal: form.principal, childId, requestId: form.requestId, action, recordType })
    if (!mayRemove(form.principal.role, type)) {
      await audit.record({ principal: form.principal, action: 'delete', recordType, childId: seen, outcome: 'refused', reason: 'role may not record this entry', requestId: form.requestId })
      throw forbidden('Only someone who may record this kind of entry can remove it.')
    }
    return seen
  }

  return {
    /** The entry and child for the confirm page; not found unless the entry is this child's. */
    async entryToRemove(form: FormContext, childId: number, type: RemovableType, entryId: number): Promise<{ child: ChildHeader; entry: EntryToRemove }> {
      const seen = await open(form, childId, type, 'view')
      const [child, row] = await Promise.all([childHeader(db, seen, clock.today()), findEntry(db, seen, type, entryId)])
      if (!row) throw notFound()
      const { label, alsoRemoves }: RemovableEntry = REMOVABLE_ENTRIES[type]
      return { child, entry: { type, id: row.id, label, date: row.entry_date, recordedBy: row.recorded_by_name, recordedOn: londonDate(row.recorded_at), alsoRemoves: alsoRemoves ?? null } }
    },

    async remove(form: FormContext, childId: number, type: RemovableType, entryId: number, reason: string): Promise<void> {
      const seen = await open(form, childId, type, 'delete')
      await writeAs(db, { id: actorId(form.principal) }, async (trx) => {
        const entryDate = await deleteEntry(trx, seen, type, entryId)
        if (entryDate === undefined) throw notFound()
        await insertRemovalTrace(trx, { childId: seen, type, entryId, entryDate, reason, removedBy: form.principal.userId, removedAt: clock.now() })
        await audit.record(
          { principal: form.principal, action: 'delete', recordType: REMOVABLE_ENTRIES[type].table, recordId: entryId, childId: seen, outcome: 'allowed', reason: 'recorded in error', requestId: form.requestId },
          trx,
        )
      })
    },
  }
}

export type CorrectionsService = ReturnType<typeof createCorrectionsService>
