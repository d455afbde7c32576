// What is due for a child or a caseload, from the timescale engine (src/features/timescales).
// This module only maps database rows to the engine's ChildRecordFacts (child-facts.repository.ts)
// and the engine's DueItems to what the pages show; it computes no deadline itself.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { WorkingDayCalendar } from '../../platform/time/working-days.ts'
import { dueItems } from '../timescales/due-items.ts'
import type { DueItem } from '../timescales/due-status.ts'
import type { ChildRecordFacts } from '../timescales/record-facts.ts'
import { CLOCK_LABELS } from '../timescales/timescale-rules.ts'
import { loadChildFacts } from './child-facts.repository.ts'

export interface DueItemView {
  childId: number
  label: string
  dueDate: IsoDate
  status: 'overdue' | 'due_soon' | 'upcoming'
  statusText: string
  /** The clock the deadline runs on, and what it runs from. */
  clock: string
  anchor: string
  anchorDate: IsoDate
  workingDaysRemaining: number | null
}

const EMPTY_FACTS: ChildRecordFacts = {
  contacts: [], referrals: [], assessments: [], strategyDiscussions: [], section47Enquiries: [], childProtectionPlans: [], childInNeedPlans: [], periodsOfCare: [],
  healthAssessments: [], personalEducationPlans: [], missingEpisodes: [], careProceedings: [], earlyHelpEpisodes: [],
}

const STATUS_TEXT = { overdue: 'Overdue', due_soon: 'Due soon', upcoming: 'Upcoming' } as const

function toView(childId: number, item: DueItem): DueItemView | null {
  if (item.status !== 'overdue' && item.status !== 'due_soon' && item.status !== 'upcoming') return null
  return {
    childId,
    label: item.label,
    dueDate: item.dueDate,
    status: item.status,
    statusText: STATUS_TEXT[item.status],
    clock: CLOCK_LABELS[item.clock],
    anchor: item.anchor.event,
    anchorDate: item.anchor.date,
    workingDaysRemaining: item.workingDaysRemaining ?? null,
  }
}

/** Open items, most urgent first (overdue, then by due date). */
export function sortOpen(items: DueItemView[]): DueItemView[] {
  return items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : a.childId - b.childId))
}

/** Children whose due items are remembered: a few caseloads' worth per worker, bounded. */
const REMEMBERED = 5000

export function createDueWork(db: Kysely<DB>, clock: Clock, calendar: WorkingDayCalendar) {
  // The engine is a pure function of a child's facts and the day, and recomputing every deadline
  // since a child's first contact is most of a caseload page's work; the facts themselves are
  // read fresh each time, so a remembered answer is never stale. Keyed by the facts as text.
  const remembered = new Map<string, readonly DueItem[]>()
  function itemsFor(facts: ChildRecordFacts, today: IsoDate): readonly DueItem[] {
    const key = `${today}${JSON.stringify(facts)}`
    const known = remembered.get(key)
    if (known) return known
    const items = dueItems(facts, calendar, today)
    if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value as string)
    remembered.set(key, items)
    return items
  }

  async function forChildren(childIds: readonly number[]): Promise<DueItemView[]> {
    const facts = await loadChildFacts(db, childIds)
    const today = clock.today()
    const views: DueItemView[] = []
    for (const [childId, childFacts] of facts) {
      for (const item of itemsFor(childFacts, today)) {
        const view = toView(childId, item)
        if (view) views.push(view)
      }
    }
    return sortOpen(views)
  }
  return {
    forChildren,
    /** The decision on a contact not yet linked to a child: one working day from receipt. */
    contactDecision(receivedAt: Date): DueItemView | undefined {
      const facts = { ...EMPTY_FACTS, contacts: [{ receivedAt }] }
      return dueItems(facts, calendar, clock.today()).map((item) => toView(0, item)).find((v) => v !== null) ?? undefined
    },
    /** Only for a child id that has passed case-access.ts. */
    forChild: (childId: number) => forChildren([childId]),
  }
}

export type DueWork = ReturnType<typeof createDueWork>
