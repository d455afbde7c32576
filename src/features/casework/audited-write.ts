// One write to a child's record: a transaction as the signed-in user, with its audit row in the
// same transaction. The caller has already passed access and the workflow guard (record-step.ts).
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { AuditAction, AuditService } from '../../platform/audit/audit.ts'
import { actorId } from '../../platform/auth/principal.ts'
import type { FormContext } from './form-page.ts'
import type { StepContext } from './record-step.ts'

export interface AuditedChange {
  action: Extract<AuditAction, 'create' | 'update'>
  recordType: string
}

export function auditedWrite(db: Kysely<DB>, audit: AuditService) {
  return (form: FormContext, ctx: Pick<StepContext, 'childId'>, change: AuditedChange, work: (trx: Transaction<DB>) => Promise<number>) =>
    writeAs(db, { id: actorId(form.principal) }, async (trx) => {
      const recordId = await work(trx)
      await audit.record({ principal: form.principal, action: change.action, recordType: change.recordType, recordId, childId: ctx.childId, outcome: 'allowed', requestId: form.requestId }, trx)
      return recordId
    })
}
