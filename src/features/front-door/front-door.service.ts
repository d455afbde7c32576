// The front door: contacts waiting for a decision against the one-working-day clock, finding the
// child, what is already known about the family, and recording the screening decision and what
// follows from it (a referral, early help, or a strategy discussion to hold).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { actorId, type Principal } from '../../platform/auth/principal.ts'
import { notFound } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { addMonths, londonDate, type IsoDate } from '../../platform/time/dates.ts'
import { codeLabel } from '../casework/codes.ts'
import type { DueItemView, DueWork } from '../casework/due-work.ts'
import type { FormContext } from '../casework/form-page.ts'
import {
  familyChildIds,
  findContact,
  insertChild,
  insertContact,
  knownInvolvement,
  linkChild,
  queueRows,
  referralTeams,
  searchChildren,
  type SearchTerms,
} from './front-door.repository.ts'
import { contactStage, guardStep, transition, type ContactStage, type ContactStep } from './workflow.ts'

export const SCREENING_OUTCOMES = ['nfa', 'advice', 'early_help', 'referral', 'strategy_discussion'] as const
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number]
export const OUTCOME_LABELS: Record<ScreeningOutcome, string> = {
  nfa: 'No further action',
  advice: 'Advice and information',
  early_help: 'Early help',
  referral: 'Referral for a social work assessment',
  strategy_discussion: 'Strategy discussion (possible significant harm)',
}

export interface ContactView {
  id: number
  childId: number | null
  childName: string | null
  receivedAt: Date
  source: string
  reason: string
  subject: string | null
  stage: ContactStage
}

export interface QueueItem extends ContactView {
  waitedHours: number
  decision: DueItemView | undefined
}

export interface NewContactInput {
  receivedAt: Date
  source: string
  reason: string
  subjectDescription: string
}

export interface NewChildInput {
  forename: string
  surname: string
  sex: 'M' | 'F' | 'U'
  dateOfBirth: IsoDate
  nhsNumber: string | null
}

export interface ScreeningInput {
  thresholdLevel: 1 | 2 | 3 | 4
  criteria: string[]
  outcome: ScreeningOutcome
  rationale: string
  primaryNeed: string | null
  teamId: number | null
}

export function createFrontDoorService(db: Kysely<DB>, clock: Clock, audit: AuditService, dueWork: DueWork) {
  const asView = (row: NonNullable<Awaited<ReturnType<typeof findContact>>> & { forename?: string | null; surname?: string | null }): ContactView => ({
    id: row.id,
    childId: row.child_id,
    childName: row.forename ? `${row.forename} ${row.surname}` : null,
    receivedAt: row.received_at,
    source: codeLabel('referral_source', row.source),
    reason: row.reason,
    subject: row.subject_description,
    stage: contactStage({ childId: row.child_id, decided: row.decision_id !== null }),
  })

  async function contactFor(form: FormContext, contactId: number, step: ContactStep) {
    const row = Number.isSafeInteger(contactId) ? await findContact(db, contactId) : undefined
    if (!row) throw notFound()
    const child = row.child_id ? await db.selectFrom('child').select(['forename', 'surname']).where('id', '=', row.child_id).executeTakeFirst() : undefined
    const contact = asView({ ...row, forename: child?.forename ?? null, surname: child?.surname ?? null })
    await audit.record({ principal: form.principal, action: 'view', recordType: 'contact', recordId: contact.id, childId: contact.childId, outcome: 'allowed', requestId: form.requestId })
    return { contact, redirect: guardStep(step, contact.stage) }
  }

  return {
    async queue(): Promise<QueueItem[]> {
      const rows = await queueRows(db)
      const now = clock.now()
      return rows.map((row) => {
        const view = asView({ ...row, source_detail: null, team_id: null, decision_id: null })
        return { ...view, waitedHours: Math.floor((now.getTime() - row.received_at.getTime()) / 3_600_000), decision: dueWork.contactDecision(row.received_at) }
      })
    },

    async createContact(form: FormContext, input: NewContactInput): Promise<number> {
      return writeAs(db, { id: actorId(form.principal) }, async (trx) => {
        const id = await insertContact(trx, { received_at: input.receivedAt, source: input.source, source_detail: null, reason: input.reason, subject_description: input.subjectDescription || null, team_id: null })
        await audit.record({ principal: form.principal, action: 'create', recordType: 'contact', recordId: id, outcome: 'allowed', requestId: form.requestId }, trx)
        return id
      })
    },

    contactFor,

    /** Search is its own audited action: the screener sees children they have no other access to. */
    async search(form: FormContext, contactId: number, terms: SearchTerms) {
      const rows = await searchChildren(db, terms)
      await audit.record({ principal: form.principal, action: 'search', recordType: 'child_search', recordId: contactId, outcome: 'allowed', reason: `${rows.length} results`, requestId: form.requestId })
      const strong = rows.filter((r) => r.score >= 1.4)
      return {
        results: rows.map((r) => ({
          id: r.id,
          name: `${r.forename} ${r.surname}`,
          dateOfBirth: r.date_of_birth,
          nhsNumber: r.nhs_number,
          address: r.address,
          match: r.score >= 1.4 ? 'Strong match' : r.score >= 0.8 ? 'Possible match' : 'Weak match',
        })),
        possibleDuplicates: strong.length > 1 ? strong.map((r) => r.id) : [],
      }
    },

    async linkChild(form: FormContext, contact: ContactView, childId: number): Promise<void> {
      transition(contact.stage, 'child_linked')
      const exists = await db.selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst()
      if (!exists) throw notFound()
      await writeAs(db, { id: actorId(form.principal) }, async (trx) => {
        await linkChild(trx, contact.id, childId)
        await audit.record({ principal: form.principal, action: 'update', recordType: 'contact', recordId: contact.id, childId, outcome: 'allowed', reason: 'child linked', requestId: form.requestId }, trx)
      })
    },

    async createChildAndLink(form: FormContext, contact: ContactView, input: NewChildInput): Promise<number> {
      transition(contact.stage, 'child_linked')
      return writeAs(db, { id: actorId(form.principal) }, async (trx) => {
        const childId = await insertChild(trx, { forename: input.forename, surname: input.surname, sex: input.sex, date_of_birth: input.dateOfBirth, nhs_number: input.nhsNumber })
        await linkChild(trx, contact.id, childId)
        await audit.record({ principal: form.principal, action: 'create', recordType: 'child', recordId: childId, childId, outcome: 'allowed', requestId: form.requestId }, trx)
        return childId
      })
    },

    /** What is already known about the child and the family, and whether this is a re-referral. */
    async knownAbout(contact: ContactView) {
      if (contact.childId === null) throw notFound()
      const today = clock.today()
      const ids = await familyChildIds(db, contact.childId)
      const known = await knownInvolvement(db, ids, today)
      const contactDate = londonDate(contact.receivedAt)
      const yearBefore = addMonths(contactDate, -12)
      const childReferrals = known.referrals.filter((r) => r.child_id === contact.childId)
      const reReferral = childReferrals.find((r) => r.referral_date >= yearBefore && r.referral_date <= contactDate)
      return {
        reReferral: reReferral ? { previousDate: reReferral.referral_date } : null,
        family: known.children.map((c) => ({
          id: c.id,
          name: `${c.forename} ${c.surname}`,
          dateOfBirth: c.date_of_birth,
          isSubject: c.id === contact.childId,
          open: [
            ...known.earlyHelp.filter((x) => x.child_id === c.id).map((x) => `Early help since ${x.start_date}`),
            ...known.referrals.filter((x) => x.child_id === c.id && !x.closure_date && !x.nfa).map((x) => `Open referral since ${x.referral_date}`),
            ...known.cp.filter((x) => x.child_id === c.id).map((x) => `Child protection plan since ${x.start_date}`),
            ...known.care.filter((x) => x.child_id === c.id).map((x) => `Looked after since ${x.start_date}`),
          ],
          workers: known.allocations.filter((a) => a.child_id === c.id).map((a) => `${a.forename} ${a.surname} (${a.role.replaceAll('_', ' ')}, ${a.team_name})`),
          previousReferrals: known.referrals.filter((x) => x.child_id === c.id).map((x) => ({ date: x.referral_date, closed: x.closure_date, reason: x.closure_reason, nfa: x.nfa })),
        })),
      }
    },

    teams: () => referralTeams(db),

    async decide(form: FormContext, contact: ContactView, input: ScreeningInput, screenerWorkerId: number | null): Promise<void> {
      transition(contact.stage, 'decision_recorded')
      const childId = contact.childId as number
      const now = clock.now()
      await writeAs(db, { id: actorId(form.principal) }, async (trx) => {
        const decision = await trx
          .insertInto('screening_decision')
          .values({ child_id: childId, contact_id: contact.id, threshold_level: input.thresholdLevel, outcome: input.outcome, decided_at: now, screener_id: screenerWorkerId, rationale: input.rationale })
          .returning('id')
          .executeTakeFirstOrThrow()
        for (const code of input.criteria) await trx.insertInto('screening_criterion').values({ child_id: childId, screening_decision_id: decision.id, code }).execute()
        if (input.outcome === 'referral' || input.outcome === 'strategy_discussion') {
          const source = (await trx.selectFrom('contact').select(['source', 'source_detail']).where('id', '=', contact.id).executeTakeFirstOrThrow())
          const referral = await trx
            .insertInto('referral')
            .values({ child_id: childId, referral_date: londonDate(contact.receivedAt), received_at: contact.receivedAt, decision_at: now, source: source.source, source_detail: source.source_detail, primary_need: input.primaryNeed ?? 'N1', team_id: input.teamId })
            .returning('id')
            .executeTakeFirstOrThrow()
          await trx.updateTable('contact').set({ referral_id: referral.id }).where('id', '=', contact.id).execute()
        }
        if (input.outcome === 'early_help') {
          await trx.insertInto('early_help_episode').values({ child_id: childId, contact_id: contact.id, start_date: clock.today(), reason: contact.reason.slice(0, 500), team_id: input.teamId }).execute()
        }
        await audit.record({ principal: form.principal, action: 'create', recordType: 'screening_decision', recordId: decision.id, childId, outcome: 'allowed', requestId: form.requestId }, trx)
      })
    },
  }
}

export type FrontDoorService = ReturnType<typeof createFrontDoorService>
export type { Principal }
