// The child's identity as every casework page's banner shows it.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { ageOn, type IsoDate } from '../../platform/time/dates.ts'
import type { SeenChildId } from './case-access.ts'

export interface ChildHeader {
  id: number
  name: string
  dateOfBirth: IsoDate | null
  expectedDateOfBirth: IsoDate | null
  age: number | null
  nhsNumber: string | null
}

export async function childHeader(db: Kysely<DB>, childId: SeenChildId, today: IsoDate): Promise<ChildHeader> {
  const row = await db
    .selectFrom('child')
    .select(['id', 'forename', 'surname', 'date_of_birth', 'expected_date_of_birth', 'nhs_number'])
    .where('id', '=', childId)
    .executeTakeFirstOrThrow()
  return {
    id: row.id,
    name: `${row.forename} ${row.surname}`,
    dateOfBirth: row.date_of_birth,
    expectedDateOfBirth: row.expected_date_of_birth,
    age: row.date_of_birth ? ageOn(row.date_of_birth, today) : null,
    nhsNumber: row.nhs_number,
  }
}
