// Writes for pre-proceedings meetings and care proceedings. Each runs in one transaction as the
// signed-in user with its audit row; the caller has already passed access and the workflow guard.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import type { FinalOrder, PloMeetingKind, PloOutcome } from './court.ts'

export function createCourtService(db: Kysely<DB>, audit: AuditService) {
  const write = auditedWrite(db, audit)
  return {
    ploMeeting: (form: FormContext, ctx: StepContext, input: { kind: PloMeetingKind; meetingDate: IsoDate; outcome: PloOutcome }) =>
      write(form, ctx, { action: 'create', recordType: 'plo_meeting' }, async (trx) => {
        const row = await trx
          .insertInto('plo_meeting')
          .values({ child_id: ctx.childId, kind: input.kind, meeting_date: input.meetingDate, outcome: input.outcome })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),

    issueProceedings: (form: FormContext, ctx: StepContext, input: { applicationDate: IsoDate }) =>
      write(form, ctx, { action: 'create', recordType: 'care_proceedings' }, async (trx) => {
        const row = await trx.insertInto('care_proceedings').values({ child_id: ctx.childId, application_date: input.applicationDate }).returning('id').executeTakeFirstOrThrow()
        return row.id
      }),

    proceedingsOutcome: (form: FormContext, ctx: StepContext, input: { finalHearingDate: IsoDate | null; finalOrder: FinalOrder; finalOrderDate: IsoDate }) =>
      write(form, ctx, { action: 'update', recordType: 'care_proceedings' }, async (trx) => {
        const id = ctx.ids.careProceedingsId as number
        await trx
          .updateTable('care_proceedings')
          .set({ final_hearing_date: input.finalHearingDate, final_order: input.finalOrder, final_order_date: input.finalOrderDate })
          .where('id', '=', id)
          .execute()
        return id
      }),
  }
}

export type CourtService = ReturnType<typeof createCourtService>
