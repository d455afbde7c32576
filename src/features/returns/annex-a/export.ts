// Ofsted Annex A for an inspection: lists 1–11 for the 6 months up to the as-at date. The read of
// child-level data is audited before the workbook is built.
import type { Kysely } from 'kysely'
import type { DB } from '../../../db/schema.ts'
import { createAuditService } from '../../../platform/audit/audit.ts'
import type { Clock } from '../../../platform/time/clock.ts'
import type { IsoDate } from '../../../platform/time/dates.ts'
import { adoptionRows, careLeaverRows, childInCareRows } from './care.ts'
import { childInNeedRows, childProtectionRows } from './casework.ts'
import { assessmentRows, contactRows, earlyHelpRows, referralRows, section47Rows } from './front-door.ts'
import { LISTS, type ListRow } from './lists.ts'
import { annexWindow, type AnnexWindow } from './people.ts'
import { annexAWorkbook, type FilledList } from './workbook.ts'

type Builder = (db: Kysely<DB>, window: AnnexWindow) => Promise<ListRow[]>

/** List 11 (adopters) has no source in the record yet: headings only (see its note). */
const BUILDERS: Record<number, Builder> = {
  1: contactRows,
  2: earlyHelpRows,
  3: referralRows,
  4: assessmentRows,
  5: section47Rows,
  6: childInNeedRows,
  7: childProtectionRows,
  8: childInCareRows,
  9: careLeaverRows,
  10: adoptionRows,
  11: async () => [],
}

export async function annexALists(db: Kysely<DB>, clock: Clock, asAt: IsoDate): Promise<FilledList[]> {
  await createAuditService(db, clock).record({ principal: { system: 'export' }, action: 'export', recordType: 'annex_a', recordId: asAt, outcome: 'allowed' })
  const window = annexWindow(asAt)
  const filled: FilledList[] = []
  for (const list of LISTS) {
    const build = BUILDERS[list.number]
    filled.push({ list, rows: build ? await build(db, window) : [] })
  }
  return filled
}

export async function annexAXlsx(db: Kysely<DB>, clock: Clock, asAt: IsoDate): Promise<{ xlsx: Buffer; counts: number[] }> {
  const lists = await annexALists(db, clock, asAt)
  return { xlsx: await annexAWorkbook(lists, asAt), counts: lists.map((l) => l.rows.length) }
}
