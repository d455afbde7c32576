// The facts the workflow (workflow.ts) needs about one child's record, read in one round.
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from './case-access.ts'
import { readSupportState, type SupportRecordIds } from './support-state.repository.ts'
import { readLookedAfterState, type LookedAfterIds } from '../looked-after/looked-after-state.repository.ts'
import type { CaseState } from './workflow.ts'

export interface CaseRecordIds extends SupportRecordIds, LookedAfterIds {
  referralId: number | null
  referralDate: IsoDate | null
  assessmentId: number | null
  strategyDiscussionId: number | null
  strategyDiscussionDate: IsoDate | null
  s47Id: number | null
  s47StartDate: IsoDate | null
  cpPlanId: number | null
  cpPlanStartDate: IsoDate | null
}

export async function readCaseState(db: Kysely<DB>, childId: SeenChildId, today: IsoDate): Promise<{ state: CaseState; ids: CaseRecordIds }> {
  const referral = await db
    .selectFrom('referral')
    .select(['id', 'referral_date'])
    .where('child_id', '=', childId)
    .where('nfa', '=', false)
    .where((eb) => eb.or([eb('closure_date', 'is', null), eb('closure_date', '>', today)]))
    .orderBy('referral_date', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  const [assessment, strategy, s47, cpPlan] = await Promise.all([
    referral
      ? db.selectFrom('assessment').select(['id', 'authorised_date']).where('referral_id', '=', referral.id).orderBy('id', 'desc').executeTakeFirst()
      : undefined,
    referral
      ? db.selectFrom('strategy_discussion').select(['id', 'held_date', 'outcome']).where('referral_id', '=', referral.id).orderBy('held_date', 'desc').orderBy('id', 'desc').executeTakeFirst()
      : undefined,
    referral
      ? db.selectFrom('s47_enquiry').select(['id', 'start_date', 'icpc_date', 'icpc_not_required', 'strategy_discussion_id', 'end_date']).where('referral_id', '=', referral.id).orderBy('id', 'desc').executeTakeFirst()
      : undefined,
    db.selectFrom('cp_plan').select(['id', 'start_date']).where('child_id', '=', childId).where(sql<boolean>`(end_date is null or end_date > ${today})`).executeTakeFirst(),
  ])
  const s47Open = s47 !== undefined && s47.icpc_date === null && !s47.icpc_not_required && s47.end_date === null
  const strategyUsed = s47 !== undefined && strategy !== undefined && s47.strategy_discussion_id === strategy.id
  const support = await readSupportState(db, childId, today, referral?.id ?? null)
  const lookedAfter = await readLookedAfterState(db, childId, today)
  return {
    state: {
      openReferral: referral !== undefined,
      openAssessment: assessment !== undefined && assessment.authorised_date === null,
      unauthorisedAssessment: assessment !== undefined && assessment.authorised_date === null,
      strategyDiscussionForS47: strategy?.outcome === 's47' && !strategyUsed,
      s47AwaitingConference: s47Open,
      openCpPlan: cpPlan !== undefined,
      ...support.state,
      ...lookedAfter.state,
    },
    ids: {
      referralId: referral?.id ?? null,
      referralDate: referral?.referral_date ?? null,
      assessmentId: assessment?.id ?? null,
      strategyDiscussionId: strategy?.id ?? null,
      strategyDiscussionDate: strategy?.held_date ?? null,
      s47Id: s47?.id ?? null,
      s47StartDate: s47?.start_date ?? null,
      cpPlanId: cpPlan?.id ?? null,
      cpPlanStartDate: cpPlan?.start_date ?? null,
      ...support.ids,
      ...lookedAfter.ids,
    },
  }
}
