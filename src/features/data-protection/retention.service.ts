// Retention dates for every child's records, and the ones due for review. The list carries child
// numbers and dates only, so information governance staff can act on it without case detail.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { addDays, type IsoDate } from '../../platform/time/dates.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { retentionFacts } from './data-protection.repository.ts'
import { retentionDates, type RecordType } from './retention-rules.ts'

export interface DueForReview {
  childId: number
  type: RecordType
  label: string
  until: IsoDate
  overdue: boolean
}

export const DEFAULT_REVIEW_WINDOW_DAYS = 90

export function createRetention(db: Kysely<DB>, audit: AuditService, clock: Clock) {
  return {
    /** Records whose retention date falls on or before today plus the window, oldest first. */
    async dueForReview(who: Principal | { system: string }, options: { withinDays?: number; requestId?: string | null } = {}): Promise<DueForReview[]> {
      const today = clock.today()
      const horizon = addDays(today, options.withinDays ?? DEFAULT_REVIEW_WINDOW_DAYS)
      const due: DueForReview[] = []
      for (const row of await retentionFacts(db)) {
        const dateOfBirth = row.date_of_birth ?? row.expected_date_of_birth
        if (!dateOfBirth) continue
        const dates = retentionDates({
          dateOfBirth,
          dateOfDeath: row.date_of_death,
          adoptionOrderDate: row.adoption_order_date,
          lookedAfter: row.looked_after,
          careLeaver: row.care_leaver,
          childProtection: row.child_protection,
          childInNeed: row.child_in_need,
          earlyHelp: row.early_help,
          lastContactDate: row.last_contact_date,
        })
        for (const date of dates) {
          if (date.until <= horizon) due.push({ childId: row.id, ...date, overdue: date.until < today })
        }
      }
      await audit.record({ principal: who, action: 'view', recordType: 'retention_review_list', outcome: 'allowed', requestId: options.requestId ?? null })
      return due.sort((a, b) => (a.until === b.until ? a.childId - b.childId : a.until < b.until ? -1 : 1))
    },
  }
}

export type Retention = ReturnType<typeof createRetention>
