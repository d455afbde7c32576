// The facts the child in need, early help, court and leaving care steps need about one child's
// record, read in one round beside the core facts (case-state.repository.ts spreads them in).
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from './case-access.ts'

export type SupportFact =
  | 'authorisedAssessment'
  | 'openCinPlan'
  | 'openEarlyHelp'
  | 'earlyHelpPlanAgreed'
  | 'openPeriodOfCare'
  | 'careLeaver'
  | 'openCareProceedings'

export interface SupportRecordIds {
  /** The authorised (not NFA) assessment of the open referral: a child in need plan may follow it. */
  authorisedAssessmentDate: IsoDate | null
  cinPlanId: number | null
  cinPlanStartDate: IsoDate | null
  cinLastReviewDate: IsoDate | null
  earlyHelpId: number | null
  earlyHelpStartDate: IsoDate | null
  earlyHelpPlanDate: IsoDate | null
  earlyHelpLastReviewDate: IsoDate | null
  /** The end of the child's last period of care: leaving-care contacts follow it. */
  careLeaverSince: IsoDate | null
  careProceedingsId: number | null
  careProceedingsDate: IsoDate | null
  /** The initial pre-proceedings meeting of a PLO process that has not yet ended. */
  ploStartDate: IsoDate | null
  ploLastMeetingDate: IsoDate | null
}

const PLO_ENDING_OUTCOMES = new Set(['issue_proceedings', 'step_down', 'exit'])

const openOn = (today: IsoDate) => sql<boolean>`(end_date is null or end_date > ${today})`

export async function readSupportState(
  db: Kysely<DB>,
  childId: SeenChildId,
  today: IsoDate,
  referralId: number | null,
): Promise<{ state: Record<SupportFact, boolean>; ids: SupportRecordIds }> {
  const [assessment, cinPlan, earlyHelp, periodOfCare, careLeaver, lastCare, proceedings, ploMeetings] = await Promise.all([
    referralId === null
      ? undefined
      : db
          .selectFrom('assessment')
          .select(['authorised_date'])
          .where('referral_id', '=', referralId)
          .where('authorised_date', 'is not', null)
          .where((eb) => eb.or([eb('nfa', 'is', null), eb('nfa', '=', false)]))
          .orderBy('authorised_date', 'desc')
          .executeTakeFirst(),
    db.selectFrom('cin_plan').select(['id', 'start_date']).where('child_id', '=', childId).where(openOn(today)).orderBy('start_date', 'desc').executeTakeFirst(),
    db
      .selectFrom('early_help_episode')
      .select(['id', 'start_date', 'plan_date'])
      .where('child_id', '=', childId)
      .where(openOn(today))
      .orderBy('start_date', 'desc')
      .executeTakeFirst(),
    db.selectFrom('period_of_care').select('id').where('child_id', '=', childId).where(openOn(today)).executeTakeFirst(),
    db.selectFrom('care_leaver').select('id').where('child_id', '=', childId).executeTakeFirst(),
    db.selectFrom('period_of_care').select('end_date').where('child_id', '=', childId).where('end_date', 'is not', null).orderBy('end_date', 'desc').executeTakeFirst(),
    db
      .selectFrom('care_proceedings')
      .select(['id', 'application_date'])
      .where('child_id', '=', childId)
      .where('final_order_date', 'is', null)
      .orderBy('application_date', 'desc')
      .executeTakeFirst(),
    db.selectFrom('plo_meeting').select(['kind', 'meeting_date', 'outcome']).where('child_id', '=', childId).orderBy('meeting_date', 'desc').orderBy('id', 'desc').execute(),
  ])
  const [cinReview, earlyHelpReview] = await Promise.all([
    cinPlan
      ? db.selectFrom('cin_plan_review').select('held_date').where('cin_plan_id', '=', cinPlan.id).where('held_date', 'is not', null).orderBy('held_date', 'desc').executeTakeFirst()
      : undefined,
    earlyHelp
      ? db.selectFrom('early_help_review').select('held_date').where('episode_id', '=', earlyHelp.id).where('held_date', 'is not', null).orderBy('held_date', 'desc').executeTakeFirst()
      : undefined,
  ])
  // A PLO process runs from its initial meeting until a meeting ends it (exit, step down or issue).
  const latest = ploMeetings[0]
  const ploOpen = latest !== undefined && latest.kind !== 'exit' && !PLO_ENDING_OUTCOMES.has(latest.outcome ?? '')
  const ploStart = ploOpen ? (ploMeetings.find((m) => m.kind === 'initial')?.meeting_date ?? null) : null
  return {
    state: {
      authorisedAssessment: assessment !== undefined,
      openCinPlan: cinPlan !== undefined,
      openEarlyHelp: earlyHelp !== undefined,
      earlyHelpPlanAgreed: earlyHelp?.plan_date !== null && earlyHelp?.plan_date !== undefined,
      openPeriodOfCare: periodOfCare !== undefined,
      careLeaver: careLeaver !== undefined,
      openCareProceedings: proceedings !== undefined,
    },
    ids: {
      authorisedAssessmentDate: assessment?.authorised_date ?? null,
      cinPlanId: cinPlan?.id ?? null,
      cinPlanStartDate: cinPlan?.start_date ?? null,
      cinLastReviewDate: cinReview?.held_date ?? null,
      earlyHelpId: earlyHelp?.id ?? null,
      earlyHelpStartDate: earlyHelp?.start_date ?? null,
      earlyHelpPlanDate: earlyHelp?.plan_date ?? null,
      earlyHelpLastReviewDate: earlyHelpReview?.held_date ?? null,
      careLeaverSince: lastCare?.end_date ?? null,
      careProceedingsId: proceedings?.id ?? null,
      careProceedingsDate: proceedings?.application_date ?? null,
      ploStartDate: ploStart,
      ploLastMeetingDate: ploOpen ? (latest?.meeting_date ?? null) : null,
    },
  }
}
