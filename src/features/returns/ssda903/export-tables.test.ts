// The 903 tables whose fields depend on the collection year or on what the record leaves unknown:
// social worker episodes (the latest open from 2025/26), previous permanence (999 and ZZ/ZZ/ZZZZ for
// parts not known) and decisions to place for adoption (only those of periods of care in the year).
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { exportYear, prevPermRows, socialWorkerRows, type PeriodEpisodes } from './export-episodes.ts'
import { placedAdoptionRows } from './export-outcomes.ts'
import type { ExportSource } from './export.repository.ts'

const CHILD = 7

function period(id: number, start: string, end: string | null): PeriodEpisodes {
  return { period: { id, child_id: CHILD, start_date: start, end_date: end }, episodes: [], inYear: [] } as unknown as PeriodEpisodes
}

function source(parts: Partial<ExportSource>): ExportSource {
  const children = [{ id: CHILD, date_of_birth: '2012-05-01' }] as ExportSource['children']
  return { children, socialWorkers: [], previousPermanence: [], adoptionJourneys: [], ...parts } as unknown as ExportSource
}

const allocation = (worker: number, start: string, end: string | null, reason: string) => ({
  child_id: CHILD,
  worker_id: worker,
  swe_registration: `SW${worker}`,
  start_date: start,
  end_date: end,
  change_reason: reason,
})

describe('903 tables that follow the year or the unknown', () => {
  const cohort = new Map([[CHILD, [period(1, '2024-06-01', '2025-11-30')]]])
  const workers = source({ socialWorkers: [allocation(101, '2024-06-01', '2025-05-10', 'FCONTA'), allocation(102, '2025-05-10', '2025-11-30', 'LEFTRL')] })

  test('reports the latest social worker episode open from 2025/26 (SW17STG2), as it ended before', () => {
    const ends = (from: ExportSource, year: number) => socialWorkerRows(from, cohort, exportYear(year)).map((r) => [r.SW_ID, r.SW_DECOM, r.SW_DEC])
    assert.deepEqual(ends(workers, 2026), [
      ['SW101', '01/06/2024', '10/05/2025'],
      ['SW102', '10/05/2025', ''],
    ])
    const earlier = source({ socialWorkers: [allocation(101, '2024-06-01', '2025-02-10', 'FCONTA')] })
    assert.deepEqual(ends(earlier, 2025), [['SW101', '01/06/2024', '10/02/2025']])
  })

  test('writes 999 and ZZ/ZZ/ZZZZ for an arranging authority and order date not known, and nothing with Z1', () => {
    const permanence = (code: string, la: string | null, month: string | null, dayKnown: boolean) =>
      prevPermRows(
        source({ previousPermanence: [{ period_of_care_id: 1, code, arranging_la: la, order_month: month, order_day_known: dayKnown }] as ExportSource['previousPermanence'] }),
        cohort,
        exportYear(2025),
      ).map((r) => [r.PREV_PERM, r.LA_PERM, r.DATE_PERM])[0]
    assert.deepEqual(permanence('P4', null, null, false), ['P4', '999', 'ZZ/ZZ/ZZZZ'])
    assert.deepEqual(permanence('P2', '806', null, true), ['P2', '806', 'ZZ/ZZ/ZZZZ'])
    assert.deepEqual(permanence('P1', '807', '2019-03-01', false), ['P1', '807', 'ZZ/03/2019'])
    assert.deepEqual(permanence('Z1', null, null, false), ['Z1', '', ''])
  })

  test('leaves out a decision to place from a period of care that ended before the year', () => {
    const journeys = [
      { child_id: CHILD, period_of_care_id: 1, adm_decision_date: '2024-08-01', reversed_date: null, reversed_reason: null },
      { child_id: CHILD, period_of_care_id: 9, adm_decision_date: '2019-02-01', reversed_date: null, reversed_reason: null },
    ] as ExportSource['adoptionJourneys']
    const rows = placedAdoptionRows(source({ adoptionJourneys: journeys }), cohort, exportYear(2025))
    assert.deepEqual(
      rows.map((r) => r.DATE_PLACED),
      ['01/08/2024'],
    )
  })
})
