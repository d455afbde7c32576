// A practitioner's caseload with everything due, and a team manager's view of the team.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import type { DueItemView, DueWork } from '../casework/due-work.ts'
import { caseloadRows, teamChildRows, teamWorkerRows, unallocatedRows } from './my-work.repository.ts'

export interface CaseloadChild {
  childId: number
  name: string
  dateOfBirth: IsoDate | null
  role: string
  since: IsoDate
  overdue: number
}

export function createMyWorkService(db: Kysely<DB>, clock: Clock, dueWork: DueWork) {
  return {
    async myWork(principal: Principal) {
      const today = clock.today()
      const rows = await caseloadRows(db, principal, today)
      const due = await dueWork.forChildren(rows.map((r) => r.child_id))
      const childNames = Object.fromEntries(rows.map((r) => [r.child_id, `${r.forename} ${r.surname}`]))
      const caseload: CaseloadChild[] = rows.map((r) => ({
        childId: r.child_id,
        name: `${r.forename} ${r.surname}`,
        dateOfBirth: r.date_of_birth,
        role: r.role.replaceAll('_', ' '),
        since: r.start_date,
        overdue: due.filter((d) => d.childId === r.child_id && d.status === 'overdue').length,
      }))
      return { caseload, due, childNames, overdueCount: due.filter((d) => d.status === 'overdue').length }
    },

    async myTeam(principal: Principal) {
      const today = clock.today()
      const [workers, children, unallocated] = await Promise.all([
        teamWorkerRows(db, principal.teamIds, today),
        teamChildRows(db, principal, today),
        unallocatedRows(db, principal.teamIds, today),
      ])
      const due = await dueWork.forChildren([...new Set(children.map((c) => c.child_id))])
      const overdue: DueItemView[] = due.filter((d) => d.status === 'overdue')
      const workerOf = new Map(children.map((c) => [c.child_id, c.worker_id]))
      return {
        workers: workers.map((w) => ({
          id: w.id,
          name: `${w.forename} ${w.surname}`,
          role: w.role.replaceAll('_', ' '),
          team: w.team_name,
          children: w.children,
          overdue: overdue.filter((d) => workerOf.get(d.childId) === w.id).length,
        })),
        overdue,
        childNames: Object.fromEntries(children.map((c) => [c.child_id, `${c.forename} ${c.surname}`])),
        unallocated: unallocated.map((u) => ({ childId: u.child_id, name: `${u.forename} ${u.surname}`, referralDate: u.referral_date, team: u.team_name })),
      }
    },
  }
}

export type MyWorkService = ReturnType<typeof createMyWorkService>
