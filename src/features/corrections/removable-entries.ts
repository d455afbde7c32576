// The entries of a child's record that can be removed when recorded in error: standalone rows
// that nothing else hangs off. Episodes and plans (placements, legal status, periods of care,
// plans, assessments, referrals) shape other records and are corrected another way.
// Who may remove an entry is who may record it (casework/workflow.ts).
import type { Role } from '../../platform/auth/principal.ts'
import { RECORD_STEPS, type RecordStepId } from '../casework/workflow.ts'

export interface RemovableEntry {
  /** The entry's table. */
  table: string
  /** What the entry is called on the pages and in the chronology's trace. */
  label: string
  /** The column holding the date the chronology shows it on. */
  dateColumn: string
  /** The step that records it: its roles may remove it. */
  step: RecordStepId
  /** Said on the confirm page when removing it takes more with it. */
  alsoRemoves?: string
}

/** Keyed by the URL's name for the entry. */
export const REMOVABLE_ENTRIES = {
  visit: { table: 'visit', label: 'Visit', dateColumn: 'visit_date', step: 'cla-visit' },
  'cla-review': { table: 'cla_review', label: 'Looked-after review', dateColumn: 'held_date', step: 'cla-review' },
  'health-check': { table: 'health_check', label: 'Health check', dateColumn: 'done_date', step: 'health-check' },
  'personal-education-plan': { table: 'personal_education_plan', label: 'Personal education plan', dateColumn: 'plan_date', step: 'pep' },
  'missing-episode': {
    table: 'missing_episode',
    label: 'Missing episode',
    dateColumn: 'start_date',
    step: 'missing-episode',
    alsoRemoves: 'The child’s return and any return interview recorded with this episode are removed with it.',
  },
  'care-leaver-contact': { table: 'care_leaver_contact', label: 'Personal adviser contact', dateColumn: 'contact_date', step: 'care-leaver-contact' },
  'cin-plan-review': { table: 'cin_plan_review', label: 'Child in need plan review', dateColumn: 'held_date', step: 'cin-review' },
  'early-help-review': { table: 'early_help_review', label: 'Early help review', dateColumn: 'held_date', step: 'early-help-review' },
  'core-group': { table: 'core_group', label: 'Core group meeting', dateColumn: 'held_date', step: 'core-group' },
} as const satisfies Record<string, RemovableEntry>

export type RemovableType = keyof typeof REMOVABLE_ENTRIES

export function isRemovableType(value: string): value is RemovableType {
  return Object.hasOwn(REMOVABLE_ENTRIES, value)
}

export function mayRemove(role: Role, type: RemovableType): boolean {
  return (RECORD_STEPS[REMOVABLE_ENTRIES[type].step].roles as readonly Role[]).includes(role)
}

/** The entry type whose rows live in `table`, if entries there can be removed. */
export function removableTypeOf(table: string): RemovableType | undefined {
  return (Object.keys(REMOVABLE_ENTRIES) as RemovableType[]).find((type) => REMOVABLE_ENTRIES[type].table === table)
}

export const correctionUrls = {
  removeEntry: (childId: number, type: RemovableType, entryId: number) => `/children/${childId}/entries/${type}/${entryId}/remove`,
}
