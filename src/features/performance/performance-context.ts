// Everything one "as at" computation needs, loaded once: the record (as recorded at an instant,
// or as now known), the populations, and the targets, narratives and settings of that view.
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import { RecordIndex } from './indicators/record-index.ts'
import { loadPopulations, type Populations } from './population.repository.ts'
import { endOfLondonDay, type RecordView } from './record/as-at.ts'
import { loadCaseRecord } from './record/case-record.repository.ts'
import { loadPerformanceSettings, type PerformanceSettings } from './targets/targets.repository.ts'

export type Mode = 'recorded' | 'now'

export interface AsAt {
  date: IsoDate
  mode: Mode
  /** The instant the record is read as at: the end of the London day unless a saved scorecard says otherwise. */
  recordedAt: Date | null
}

export interface PerformanceContext {
  asAt: AsAt
  record: RecordIndex
  populations: Populations
  settings: PerformanceSettings
}

export function asAtFor(date: IsoDate, mode: Mode, recordedAt?: Date): AsAt {
  return { date, mode, recordedAt: mode === 'recorded' ? (recordedAt ?? endOfLondonDay(date)) : null }
}

export function viewOf(asAt: AsAt): RecordView {
  return asAt.mode === 'recorded' && asAt.recordedAt
    ? { mode: 'recorded', at: asAt.recordedAt }
    : { mode: 'now' }
}

export async function loadPerformanceContext(
  db: Kysely<DB>,
  asAt: AsAt,
  scorecard = 'leadership',
): Promise<PerformanceContext> {
  const view = viewOf(asAt)
  const [record, populations, settings] = await Promise.all([
    loadCaseRecord(db, view, asAt.date),
    loadPopulations(db),
    loadPerformanceSettings(db, view, scorecard),
  ])
  return { asAt, record: new RecordIndex(record), populations, settings }
}
