// The child's record as the summary and chronology pages show it: status in words, legal status,
// placement, allocated worker, what is due next, and the dated events. No row types leave here.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { CaseAccess, SeenChildId } from '../casework/case-access.ts'
import { childHeader, type ChildHeader } from '../casework/child-header.ts'
import { codeLabel } from '../casework/codes.ts'
import type { DueWork, DueItemView } from '../casework/due-work.ts'
import { chronologyRows, openSpells, type ChronologyRow } from './child-record.repository.ts'
import { chronologyLabel } from './chronology-labels.ts'

export const CHILD_STATUSES = ['early_help', 'child_in_need', 'child_protection', 'looked_after', 'care_leaver'] as const
export type ChildStatus = (typeof CHILD_STATUSES)[number]
export const STATUS_LABELS: Record<ChildStatus, string> = {
  early_help: 'Early help',
  child_in_need: 'Child in need',
  child_protection: 'Child protection',
  looked_after: 'Looked after',
  care_leaver: 'Care leaver',
}

export const CHRONOLOGY_KINDS = {
  contact: 'Contacts and screening',
  referral: 'Referrals and closures',
  assessment: 'Assessments',
  child_in_need: 'Child in need',
  child_protection: 'Child protection',
  proceedings: 'Public law outline and proceedings',
  looked_after: 'Looked after',
  health: 'Health',
  missing: 'Missing episodes',
  visit: 'Visits',
  permanence: 'Permanence',
  care_leaver: 'Leaving care',
  early_help: 'Early help',
  allocation: 'Allocation',
  note: 'Case notes',
} as const
export type ChronologyKind = keyof typeof CHRONOLOGY_KINDS

export interface ChildSummary {
  child: ChildHeader
  statuses: ChildStatus[]
  statusText: string
  legalStatus: { code: string; label: string; since: IsoDate } | null
  placement: { type: string; label: string; carer: string | null; since: IsoDate } | null
  address: string | null
  allocations: Array<{ role: string; worker: string; team: string; since: IsoDate }>
  due: DueItemView[]
}

export interface ChronologyEvent {
  date: IsoDate
  kind: ChronologyKind
  kindLabel: string
  summary: string
  detail: string | null
  /** A standalone entry that may be removed if recorded in error (features/corrections). */
  entry: { table: string; id: number } | null
}

export function createChildRecordService(db: Kysely<DB>, clock: Clock, access: CaseAccess, dueWork: DueWork) {
  const header = (childId: SeenChildId) => childHeader(db, childId, clock.today())
  return {
    async summary(principal: Principal, childId: number, requestId: string | null): Promise<ChildSummary> {
      const seen = await access.openChild({ principal, childId, requestId, action: 'view', recordType: 'child_summary' })
      const today = clock.today()
      const [child, spells, due] = await Promise.all([header(seen), openSpells(db, seen, today), dueWork.forChild(seen)])
      const statuses: ChildStatus[] = []
      if (spells.earlyHelp) statuses.push('early_help')
      if (spells.referral && !spells.cpPlan && !spells.periodOfCare) statuses.push('child_in_need')
      if (spells.cpPlan) statuses.push('child_protection')
      if (spells.periodOfCare) statuses.push('looked_after')
      if (spells.careLeaver && !spells.periodOfCare) statuses.push('care_leaver')
      return {
        child,
        statuses,
        statusText: statuses.length ? statuses.map((s) => STATUS_LABELS[s]).join(', ') : 'No open involvement',
        legalStatus: spells.legalStatus ? { code: spells.legalStatus.code, label: codeLabel('legal_status', spells.legalStatus.code), since: spells.legalStatus.start_date } : null,
        placement: spells.placement
          ? { type: spells.placement.placement_type, label: codeLabel('placement_type', spells.placement.placement_type), carer: spells.placement.carer_name, since: spells.placement.start_date }
          : null,
        address: spells.address ? `${spells.address.line1}, ${spells.address.town}, ${spells.address.postcode}` : null,
        allocations: spells.allocations.map((a) => ({ role: a.role.replaceAll('_', ' '), worker: `${a.forename} ${a.surname}`, team: a.team_name, since: a.start_date })),
        due,
      }
    },

    async chronology(principal: Principal, childId: number, kinds: ChronologyKind[], requestId: string | null) {
      const seen = await access.openChild({ principal, childId, requestId, action: 'view', recordType: 'child_chronology' })
      const [child, rows] = await Promise.all([header(seen), chronologyRows(db, seen, kinds)])
      const events: ChronologyEvent[] = rows.map((row) => ({
        date: row.event_date,
        kind: row.kind as ChronologyKind,
        kindLabel: CHRONOLOGY_KINDS[row.kind as ChronologyKind] ?? row.kind,
        ...chronologyWording(row),
        entry: row.entry_table !== null && row.entry_id !== null ? { table: row.entry_table, id: row.entry_id } : null,
      }))
      return { child, events }
    },
  }
}

/** A chronology row in words: each code labelled and added to the end of its summary or detail. */
export function chronologyWording(row: Pick<ChronologyRow, 'summary' | 'summary_list' | 'summary_code' | 'detail' | 'detail_list' | 'detail_code'>): { summary: string; detail: string | null } {
  const label = (list: string | null, code: string | null) => (list && code ? chronologyLabel(list, code) : null)
  const summaryCode = label(row.summary_list, row.summary_code)
  const detailCode = label(row.detail_list, row.detail_code)
  // A lead-in such as "Final order: " or "Primary need: " with no code recorded after it: the
  // summary keeps its words without the colon, the detail is left out.
  const summary = summaryCode !== null ? `${row.summary}${summaryCode}` : row.summary_list ? row.summary.replace(/:\s*$/, '') : row.summary
  const detail = detailCode !== null ? `${row.detail ?? ''}${detailCode}` : row.detail_list ? null : row.detail
  return { summary, detail }
}

export type ChildRecordService = ReturnType<typeof createChildRecordService>
