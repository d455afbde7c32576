// Closing a case: the open referral (the CIN episode) closes with a census closure reason, and an
// open child in need plan ends on the same day. Refused, in the same transaction, while a child
// protection plan or period of care is still open (closure-blockers.ts), so a race cannot slip by.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { auditedWrite } from '../casework/audited-write.ts'
import type { FormContext } from '../casework/form-page.ts'
import type { StepContext } from '../casework/record-step.ts'
import { guardStep } from '../casework/workflow.ts'
import { cannotCloseYet, closureBlockers } from './closure-blockers.ts'

export function createCaseClosureService(db: Kysely<DB>, audit: AuditService) {
  const write = auditedWrite(db, audit)
  return {
    closeCase: (form: FormContext, ctx: StepContext, input: { closureDate: IsoDate; reason: string }) =>
      write(form, ctx, { action: 'update', recordType: 'referral' }, async (trx) => {
        const referralId = ctx.ids.referralId as number
        const open = (table: 'cp_plan' | 'period_of_care') =>
          trx.selectFrom(table).select('id').where('child_id', '=', ctx.childId).where(sql<boolean>`(end_date is null or end_date > ${input.closureDate})`).executeTakeFirst()
        const [cpPlan, periodOfCare] = await Promise.all([open('cp_plan'), open('period_of_care')])
        const state = { ...ctx.state, openCpPlan: cpPlan !== undefined, openPeriodOfCare: periodOfCare !== undefined }
        const blockers = closureBlockers(state)
        if (blockers.length > 0) throw cannotCloseYet(ctx.childId, blockers, (step) => guardStep(step, state, form.principal.role).ok)
        await trx.updateTable('referral').set({ closure_date: input.closureDate, closure_reason: input.reason }).where('id', '=', referralId).execute()
        await trx.updateTable('cin_plan').set({ end_date: input.closureDate }).where('referral_id', '=', referralId).where('end_date', 'is', null).execute()
        return referralId
      }),
  }
}

export type CaseClosureService = ReturnType<typeof createCaseClosureService>
