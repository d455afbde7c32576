// `--inject-errors RATE`: corrupts that share of eligible records the way real case records go
// wrong, before they are written (so the error was always there, as in a real system), and lists
// every corruption in a manifest so validation rules can be tested against known answers. Only
// corruptions the schema's CHECK constraints admit: unknown codes in coded text fields, malformed
// UPNs, overlapping spells, reviews held out of timescale, dates left blank or out of order where
// no constraint forbids it. Decisions come from their own random stream, so the rest of the
// authority is identical to an uncorrupted seed.
import { addDays } from './calendar.ts'
import { upnCheckLetter } from './identity.ts'
import { type IsoDate } from '../../platform/time/dates.ts'
import type { Random } from './random.ts'
import type { Sink } from './state.ts'
import type { Entry, NewRow, SeedTable } from './writer.ts'

export interface ManifestEntry {
  kind: string
  table: string
  recordId: number
  childId: number | null
  field: string
  description: string
  expectedRule?: string
}

type Row = Record<string, unknown> & { id: number; child_id?: number }
type Corruption = (row: Row, next: Row | undefined) => Omit<ManifestEntry, 'table' | 'recordId' | 'childId'> | undefined

const unknown = (field: string, value: string, rule: string): Corruption => (row) => {
  if (row[field] === null || row[field] === undefined) return undefined
  const was = String(row[field])
  row[field] = value
  return { kind: 'unknown_code', field, description: `${field} "${was}" replaced by "${value}", which is not in the code list`, expectedRule: rule }
}

const unknownFactor = unknown('code', '99Z', 'cin:assessment-factor-code')

const overlap = (rule: string): Corruption => (row, next) => {
  if (!next || row.end_date === null || next.period_of_care_id !== row.period_of_care_id) return undefined
  row.end_date = addDays(String(next.start_date), 21)
  return { kind: 'overlapping_spell', field: 'end_date', description: `ends 21 days after the next spell starts (${String(next.start_date)})`, expectedRule: rule }
}

export class ErrorInjector implements Sink {
  readonly manifest: ManifestEntry[] = []
  private readonly spoiltAssessments = new Set<unknown>()
  private inner: Sink | undefined
  private readonly rules: Partial<Record<SeedTable, Corruption[]>>

  constructor(
    private readonly rng: Random,
    private readonly rate: number,
    today: IsoDate,
  ) {
    if (!(rate > 0 && rate <= 1)) throw new RangeError(`The error rate must be between 0 and 1, not ${rate}`)
    this.rules = {
      child: [
        (row) => {
          if (typeof row.upn !== 'string') return undefined
          const was = row.upn
          row.upn = `${upnCheckLetter(was.slice(1)) === 'A' ? 'B' : 'A'}${was.slice(1)}`
          return { kind: 'malformed_upn', field: 'upn', description: `UPN ${was} given a wrong check letter`, expectedRule: 'cin:upn-check-letter' }
        },
        unknown('ethnicity', 'WXYZ', 'cin:ethnicity-code'),
      ],
      referral: [unknown('source', '11Z', 'cin:referral-source-code'), unknown('primary_need', 'N0', 'cin:primary-need-code')],
      placement: [unknown('placement_type', 'U9', 'ssda903:placement-type-code'), overlap('ssda903:placements-overlap')],
      legal_status: [unknown('code', 'C9', 'ssda903:legal-status-code'), overlap('ssda903:legal-statuses-overlap')],
      period_of_care: [unknown('category_of_need', 'N0', 'ssda903:category-of-need-code')],
      // One unknown factor per assessment: a second would break the (assessment, code) key.
      assessment_factor: [
        (row, next) => {
          if (this.spoiltAssessments.has(row.assessment_id)) return undefined
          this.spoiltAssessments.add(row.assessment_id)
          return unknownFactor(row, next)
        },
      ],
      care_leaver_contact: [unknown('accommodation', 'Q', 'ssda903:care-leaver-accommodation-code')],
      allocation: [
        (row) => {
          if (row.end_date === null) return undefined
          row.end_date = addDays(String(row.start_date), -this.rng.between(3, 30))
          return { kind: 'ends_before_start', field: 'end_date', description: 'allocation ends before it starts', expectedRule: 'local:spell-end-after-start' }
        },
      ],
      cla_review: [
        (row) => {
          if (row.held_date === null) return undefined
          const late = addDays(String(row.due_date), this.rng.between(60, 120))
          if (late > today) return undefined
          row.held_date = late
          return { kind: 'review_out_of_timescale', field: 'held_date', description: `review held ${late}, long after it was due (${String(row.due_date)})`, expectedRule: 'ssda903:review-timescale' }
        },
        (row) => {
          if (row.held_date === null) return undefined
          row.held_date = null
          row.participation = null
          return { kind: 'missing_date', field: 'held_date', description: 'review took place but its date was never recorded', expectedRule: 'ssda903:review-date-missing' }
        },
      ],
      health_check: [
        (row) => {
          if (row.status !== 'completed') return undefined
          row.done_date = null
          return { kind: 'missing_date', field: 'done_date', description: 'completed health check without a date', expectedRule: 'ssda903:health-check-date' }
        },
      ],
      missing_episode: [
        (row) => {
          if (row.rhi_date === null) return undefined
          row.rhi_date = addDays(String(row.start_date), -3)
          return { kind: 'dates_out_of_order', field: 'rhi_date', description: 'return interview dated before the child went missing', expectedRule: 'annex-a:return-interview-after-missing' }
        },
      ],
    }
  }

  wrap(inner: Sink): Sink {
    this.inner = inner
    return this
  }

  add<T extends SeedTable>(table: T, row: NewRow<T>, at: string): void {
    this.consider(table, row as unknown as Row, undefined)
    this.inner?.add(table, row, at)
  }

  addEntries(entries: readonly Entry[]): void {
    entries.forEach((entry, i) => {
      const spell = entry.table === 'placement' || entry.table === 'legal_status'
      const next = spell ? entries.slice(i + 1).find((e) => e.table === entry.table) : undefined
      this.consider(entry.table, entry.row as unknown as Row, next?.row as unknown as Row | undefined)
    })
    this.inner?.addEntries(entries)
  }

  private consider(table: SeedTable, row: Row, next: Row | undefined): void {
    const rules = this.rules[table]
    if (!rules || !this.rng.chance(this.rate)) return
    const result = this.rng.pick(rules)(row, next)
    if (result) this.manifest.push({ ...result, table, recordId: row.id, childId: table === 'child' ? row.id : (row.child_id ?? null) })
  }
}
