// Builders for hand-made fixtures in the performance tests: each inserts one row through
// writeAs (so it is stamped and versioned like any record) and returns its id. Test support only.
import type { Insertable, Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'

const ACTOR = { id: 'system:performance-fixture' }

export function fixtureBuilder(db: Kysely<DB>, at: Date) {
  const insert = async <T extends keyof DB>(table: T, values: Insertable<DB[T]>): Promise<number> =>
    writeAs(
      db,
      ACTOR,
      async (trx) => {
        const row = await trx
          .insertInto(table)
          .values(values as never)
          .returning('id' as never)
          .executeTakeFirstOrThrow()
        return (row as unknown as { id: number }).id
      },
      { at },
    )
  return {
    insert,
    team: (name: string) => insert('team', { name, service: 'children_in_care', start_date: '2015-01-01' }),
    worker: (teamId: number, values: Partial<Insertable<DB['worker']>> = {}) =>
      insert('worker', {
        forename: 'Test',
        surname: 'Worker',
        role: 'social_worker',
        team_id: teamId,
        start_date: '2015-01-01',
        ...values,
      }),
    child: (dateOfBirth: string, values: Partial<Insertable<DB['child']>> = {}) =>
      insert('child', {
        forename: 'Child',
        surname: 'Fixture',
        sex: 'F',
        date_of_birth: dateOfBirth,
        ethnicity: 'WBRI',
        ...values,
      }),
    referral: (childId: number, date: string, values: Partial<Insertable<DB['referral']>> = {}) =>
      insert('referral', {
        child_id: childId,
        referral_date: date,
        source: '1A',
        primary_need: 'N1',
        ...values,
      }),
    period: (childId: number, start: string, end: string | null = null, legalStatus = 'C2') =>
      insert('period_of_care', {
        child_id: childId,
        start_date: start,
        end_date: end,
        reason_ceased: end ? 'E8' : null,
        category_of_need: 'N1',
      }).then(async (id) => {
        await insert('legal_status', {
          child_id: childId,
          period_of_care_id: id,
          code: legalStatus,
          start_date: start,
          end_date: end,
        })
        return id
      }),
    carer: (kind: string) =>
      insert('carer', {
        kind,
        name: `${kind} carer`,
        provider: 'PR1',
        approved_date: '2015-01-01',
        capacity: 3,
      }),
    placement: (
      childId: number,
      periodId: number,
      type: string,
      start: string,
      end: string | null,
      carerId: number | null,
      weeklyCost: number | null = null,
    ) =>
      insert('placement', {
        child_id: childId,
        period_of_care_id: periodId,
        placement_type: type,
        provider: 'PR1',
        carer_id: carerId,
        start_date: start,
        end_date: end,
        weekly_cost: weeklyCost,
      }),
    cpPlan: (childId: number, referralId: number, start: string, end: string | null = null) =>
      insert('cp_plan', {
        child_id: childId,
        referral_id: referralId,
        start_date: start,
        end_date: end,
        initial_category: 'NEG',
        latest_category: 'NEG',
      }),
    allocation: (
      childId: number,
      workerId: number,
      teamId: number,
      start: string,
      end: string | null = null,
    ) =>
      insert('allocation', {
        child_id: childId,
        worker_id: workerId,
        team_id: teamId,
        role: 'social_worker',
        start_date: start,
        end_date: end,
      }),
  }
}
