// The columns every list starts and ends with: who the child is, and who holds the case.
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { addDays, addMonths, ageOn, type IsoDate } from '../../../platform/time/dates.ts'

/** The inspection window: the 6 months up to and including `asAt`, and the 12 months for counts. */
export interface AnnexWindow {
  asAt: IsoDate
  start: IsoDate
  yearStart: IsoDate
}

export function annexWindow(asAt: IsoDate): AnnexWindow {
  return { asAt, start: addDays(addMonths(asAt, -6), 1), yearStart: addDays(addMonths(asAt, -12), 1) }
}

export interface Person {
  id: number
  sex: string
  ethnicity: string
  dob: IsoDate | null
  disabled: boolean
  allocations: Array<{ role: string; team: string; worker: string; start: IsoDate; end: IsoDate | null }>
}

const GENDER: Record<string, string> = { M: 'Male', F: 'Female', U: 'Unknown' }

export async function loadPeople(db: Kysely<DB>, ids: Iterable<number>): Promise<Map<number, Person>> {
  const wanted = [...new Set(ids)]
  const people = new Map<number, Person>()
  for (let i = 0; i < wanted.length; i += 5000) {
    const chunk = wanted.slice(i, i + 5000)
    const [children, disabilities, allocations] = await Promise.all([
      db.selectFrom('child').select(['id', 'sex', 'ethnicity', 'date_of_birth']).where('id', 'in', chunk).execute(),
      db.selectFrom('child_disability').select('child_id').where('child_id', 'in', chunk).where('code', '<>', 'NONE').execute(),
      db
        .selectFrom('allocation')
        .innerJoin('team', 'team.id', 'allocation.team_id')
        .innerJoin('worker', 'worker.id', 'allocation.worker_id')
        .select(['allocation.child_id', 'allocation.role', 'allocation.start_date', 'allocation.end_date', 'team.name as team', 'worker.forename', 'worker.surname'])
        .where('allocation.child_id', 'in', chunk)
        .orderBy('allocation.start_date')
        .orderBy('allocation.id')
        .execute(),
    ])
    const disabled = new Set(disabilities.map((d) => d.child_id))
    for (const c of children) people.set(c.id, { id: c.id, sex: c.sex, ethnicity: c.ethnicity, dob: c.date_of_birth, disabled: disabled.has(c.id), allocations: [] })
    for (const a of allocations) {
      people.get(a.child_id)?.allocations.push({ role: a.role, team: a.team, worker: `${a.forename} ${a.surname}`, start: a.start_date, end: a.end_date })
    }
  }
  return people
}

/** Child Unique ID, Gender, Ethnicity, Date of Birth, Age of Child (Years) on the as-at date. */
export function childColumns(person: Person | undefined, id: number | null, asAt: IsoDate): Array<string | number | null> {
  if (!person) return [id === null ? null : String(id), null, null, null, null]
  const age = person.dob !== null && person.dob <= asAt ? ageOn(person.dob, asAt) : null
  return [String(person.id), GENDER[person.sex] ?? person.sex, person.ethnicity, person.dob, age]
}

/** The team and worker allocated in `role` on `date`, or the latest allocation before it. */
export function allocatedOn(person: Person | undefined, role: string, date: IsoDate): [string | null, string | null] {
  const spells = (person?.allocations ?? []).filter((a) => a.role === role && a.start <= date)
  const current = spells.filter((a) => a.end === null || a.end >= date).pop() ?? spells.pop()
  return current ? [current.team, current.worker] : [null, null]
}

export const yesNo = (value: boolean | null | undefined): string | null => (value === null || value === undefined ? null : value ? 'Yes' : 'No')
