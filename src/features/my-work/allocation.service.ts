// Allocating a child to a worker, or moving them to another: the old allocation in that role ends
// the day the new one starts, and the new one carries the reason for the change (903 reasons).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { actorId } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { CaseAccess, SeenChildId } from '../casework/case-access.ts'
import { childHeader, type ChildHeader } from '../casework/child-header.ts'
import type { FormContext } from '../casework/form-page.ts'
import { openAllocationRows, teamWorkerRows } from './my-work.repository.ts'

export const ALLOCATION_ROLES = ['social_worker', 'early_help_practitioner', 'personal_adviser', 'iro'] as const
export type AllocationRole = (typeof ALLOCATION_ROLES)[number]

export interface AllocationContext {
  childId: SeenChildId
  child: ChildHeader
  current: Array<{ id: number; role: AllocationRole; workerId: number; worker: string; since: IsoDate }>
  workers: Array<{ id: number; name: string; team: string; teamId: number; children: number }>
  today: IsoDate
}

export interface AllocationInput {
  workerId: number
  role: AllocationRole
  startDate: IsoDate
  reason: string | null
}

export function createAllocationService(db: Kysely<DB>, clock: Clock, access: CaseAccess, audit: AuditService) {
  return {
    async load(form: FormContext, childId: number): Promise<AllocationContext> {
      const seen = await access.openForAllocation({ principal: form.principal, childId, requestId: form.requestId, action: 'view', recordType: 'allocation' })
      const today = clock.today()
      const [child, current, workers] = await Promise.all([childHeader(db, seen, today), openAllocationRows(db, seen, today), teamWorkerRows(db, form.principal.teamIds, today)])
      const teamIds = await db.selectFrom('worker').select(['id', 'team_id']).where('id', 'in', workers.length ? workers.map((w) => w.id) : [-1]).execute()
      const teamOf = new Map(teamIds.map((t) => [t.id, t.team_id as number]))
      return {
        childId: seen,
        child,
        today,
        current: current.map((c) => ({ id: c.id, role: c.role as AllocationRole, workerId: c.worker_id, worker: `${c.forename} ${c.surname}`, since: c.start_date })),
        workers: workers
          .filter((w) => w.role !== 'team_manager')
          .map((w) => ({ id: w.id, name: `${w.forename} ${w.surname}`, team: w.team_name, teamId: teamOf.get(w.id) ?? -1, children: w.children })),
      }
    },

    async allocate(ctx: AllocationContext, input: AllocationInput, form: FormContext): Promise<void> {
      const worker = ctx.workers.find((w) => w.id === input.workerId)
      if (!worker) throw new Error('Worker is not in the manager’s teams')
      await writeAs(db, { id: actorId(form.principal) }, async (trx) => {
        const previous = ctx.current.find((c) => c.role === input.role)
        if (previous) {
          await trx.updateTable('allocation').set({ end_date: input.startDate }).where('id', '=', previous.id).execute()
        }
        const row = await trx
          .insertInto('allocation')
          .values({ child_id: ctx.childId, worker_id: worker.id, team_id: worker.teamId, role: input.role, start_date: input.startDate, change_reason: previous ? input.reason : 'FCONTA' })
          .returning('id')
          .executeTakeFirstOrThrow()
        await audit.record({ principal: form.principal, action: 'create', recordType: 'allocation', recordId: row.id, childId: ctx.childId, outcome: 'allowed', requestId: form.requestId }, trx)
      })
    },
  }
}

export type AllocationService = ReturnType<typeof createAllocationService>
