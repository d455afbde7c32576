// Writes for a care leaver's record: the personal adviser's contacts. Runs in one transaction as
// the signed-in user with its audit row; the caller has already passed access and the workflow guard.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import type { InTouch } from './in-touch.ts'

export interface CareLeaverContact {
  contactDate: IsoDate
  inTouch: InTouch
  accommodation: string | null
  accommodationSuitable: boolean | null
  activity: string | null
}

export function createLeavingCareService(db: Kysely<DB>, audit: AuditService) {
  const write = auditedWrite(db, audit)
  return {
    recordContact: (form: FormContext, ctx: StepContext, input: CareLeaverContact) =>
      write(form, ctx, { action: 'create', recordType: 'care_leaver_contact' }, async (trx) => {
        const row = await trx
          .insertInto('care_leaver_contact')
          .values({
            child_id: ctx.childId,
            contact_date: input.contactDate,
            in_touch: input.inTouch,
            accommodation: input.accommodation,
            accommodation_suitable: input.accommodationSuitable,
            activity: input.activity,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),
  }
}

export type LeavingCareService = ReturnType<typeof createLeavingCareService>
