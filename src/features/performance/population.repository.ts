// Populations for rates: the authority's ONS 0-17 mid-year estimates, and an estimated 0-17
// population per ward (ONS ward mid-2020: ages 0-15 plus half of the 16-19 band, since 16-17
// cannot be separated; labelled as an estimate wherever it is used).
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { AUTHORITY } from '../reference/sync.ts'

export interface Populations {
  /** ONS mid-year → persons aged 0-17. */
  authority: Map<number, number>
  /** Current ward code → estimated persons aged 0-17. */
  wards: Map<string, number>
  wardNames: Map<string, string>
  wardYear: number | null
}

export async function loadPopulations(db: Kysely<DB>): Promise<Populations> {
  const [authority, wardRows, wards] = await Promise.all([
    db
      .selectFrom('population')
      .select(['year', 'persons'])
      .where('area_code', '=', AUTHORITY.code)
      .where('age_band', '=', '0-17')
      .execute(),
    db
      .selectFrom('population')
      .select(['area_code', 'age_band', 'persons', 'year'])
      .where('age_band', 'in', ['0-4', '5-10', '11-15', '16-19'])
      .execute(),
    db.selectFrom('ward').select(['code', 'name', 'code_2015_2022']).orderBy('name').execute(),
  ])
  const byOldCode = new Map<string, number>()
  let wardYear: number | null = null
  for (const row of wardRows) {
    const share = row.age_band === '16-19' ? 0.5 : 1
    byOldCode.set(row.area_code, (byOldCode.get(row.area_code) ?? 0) + row.persons * share)
    wardYear = row.year
  }
  return {
    authority: new Map(authority.map((r) => [r.year, r.persons])),
    wards: new Map(wards.map((w) => [w.code, byOldCode.get(w.code_2015_2022) ?? 0])),
    wardNames: new Map(wards.map((w) => [w.code, w.name])),
    wardYear,
  }
}

/** The population for a mid-year, or the latest earlier one (with the year actually used). */
export function authorityPopulation(
  populations: Populations,
  year: number,
): { year: number; persons: number } | null {
  let best: { year: number; persons: number } | null = null
  for (const [y, persons] of populations.authority)
    if (y <= year && (!best || y > best.year)) best = { year: y, persons }
  return best
}
