// Loads reference data into the database: code lists, bank holidays, wards and populations.
// Runs after every migration; an upsert, so it is safe to run again and picks up corrections.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { BANK_HOLIDAYS, BANK_HOLIDAY_SOURCE } from '../../platform/time/bank-holidays.ts'
import { CODE_LISTS } from './code-lists.ts'
import { readReferenceCsv } from './reference-files.ts'

export const AUTHORITY = { code: 'E06000002', name: 'Middlesbrough' } as const

export async function syncReferenceData(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const codes = CODE_LISTS.flatMap(({ list, source, codes }) =>
      codes.map(([code, label]) => ({ list, code, label, source })),
    )
    await trx
      .insertInto('code_list')
      .values(codes)
      .onConflict((oc) =>
        oc.columns(['list', 'code']).doUpdateSet((eb) => ({ label: eb.ref('excluded.label'), source: eb.ref('excluded.source') })),
      )
      .execute()

    await trx
      .insertInto('bank_holiday')
      .values(BANK_HOLIDAYS.map((h) => ({ date: h.date, name: h.name, source: BANK_HOLIDAY_SOURCE })))
      .onConflict((oc) => oc.column('date').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
      .execute()

    const wards = readReferenceCsv('middlesbrough_wards.csv').map((row) => ({
      code: row.ward_code_current ?? '',
      name: row.ward_name ?? '',
      code_2015_2022: row.ward_code_2015_2022 ?? '',
    }))
    await trx
      .insertInto('ward')
      .values(wards)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), code_2015_2022: eb.ref('excluded.code_2015_2022') })),
      )
      .execute()

    const population = [
      ...readReferenceCsv('csc_benchmarks_middlesbrough_sn.csv')
        .filter((row) => row.measure === 'population_aged_0_17' && row.la_code === AUTHORITY.code)
        .map((row) => ({ area_code: AUTHORITY.code, area_name: AUTHORITY.name, year: Number(row.year), age_band: '0-17', persons: Number(row.value), source: row.source ?? '' })),
      ...readReferenceCsv('middlesbrough_ward_population_mid2020.csv').map((row) => ({
        area_code: row.ward_code ?? '',
        area_name: row.ward_name ?? '',
        year: Number(row.year),
        age_band: (row.measure ?? '').replace('population_aged_', '').replace('_', '-'),
        persons: Number(row.value),
        source: row.source ?? '',
      })),
    ]
    await trx
      .insertInto('population')
      .values(population)
      .onConflict((oc) =>
        oc.columns(['area_code', 'year', 'age_band']).doUpdateSet((eb) => ({ persons: eb.ref('excluded.persons') })),
      )
      .execute()
  })
}
