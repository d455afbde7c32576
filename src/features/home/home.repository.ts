import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'

export async function countOpenCaseloads(db: Kysely<DB>, today: IsoDate) {
  const open = (table: 'period_of_care' | 'cp_plan') =>
    db
      .selectFrom(table)
      .select(sql<number>`count(distinct child_id)`.as('n'))
      .where('start_date', '<=', today)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
  const [children, lookedAfter, childProtection] = await Promise.all([
    db.selectFrom('child').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    open('period_of_care').executeTakeFirstOrThrow(),
    open('cp_plan').executeTakeFirstOrThrow(),
  ])
  return { children: children.n, lookedAfter: lookedAfter.n, childProtection: childProtection.n }
}
