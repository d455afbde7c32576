// The performance framework's service: scorecards, indicator pages, drill-downs and the ward
// map, each computed "as recorded at the time" or "as now known". Access: elected members and
// aggregate audiences see aggregates with small numbers withheld; analysts and senior leaders
// reach children only through the audited drill-down; team managers see only children their
// teams hold (visibleChildIds).
import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import type { AuditService } from '../../platform/audit/audit.ts'
import { visibleChildIds } from '../../platform/access/child-access.ts'
import type { Principal, Role } from '../../platform/auth/principal.ts'
import { forbidden, notFound } from '../../platform/errors.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { IsoDate } from '../../platform/time/dates.ts'
import {
  benchmarkValue,
  compare,
  ENGLAND,
  neighbourList,
  publishedYears,
  regionName,
} from './benchmarks/benchmarks.ts'
import { breakdown, evaluate } from './compute.ts'
import { isSuppressed, type RankAndQuartile } from './transforms.ts'
import type { Indicator } from './indicators/indicator.ts'
import { findIndicator } from './indicators/library.ts'
import { asAtFor, loadPerformanceContext, type AsAt, type Mode } from './performance-context.ts'
import {
  buildScorecard,
  scorecardRow,
  shown,
  type Scorecard,
  type ScorecardRow,
} from './scorecards/scorecard.ts'
import { findScorecard, SCORECARDS } from './scorecards/scorecard-definitions.ts'
import { scorecardJson } from './scorecards/exports.ts'

export const WARD_MEASURES = ['early_help_rate', 'cin_rate', 'cp_rate', 'cla_rate', 'cla_cp_ratio'] as const
export type WardMeasure = (typeof WARD_MEASURES)[number]

export const PERFORMANCE_ROLES: ReadonlySet<Role> = new Set([
  'performance_analyst',
  'senior_leader',
  'team_manager',
  'elected_member',
])
const DRILL_DOWN_ROLES: ReadonlySet<Role> = new Set(['performance_analyst', 'senior_leader', 'team_manager'])

export function canSeePerformance(principal: Principal): boolean {
  return PERFORMANCE_ROLES.has(principal.role)
}

export function canDrillDown(principal: Principal): boolean {
  return DRILL_DOWN_ROLES.has(principal.role)
}

/** Targets, tolerances and trajectories are set by the performance team alone. */
export function canEditTargets(principal: Principal): boolean {
  return principal.role === 'performance_analyst'
}

/** Elected members only ever see aggregates, with small numbers withheld. */
export function mustSuppress(principal: Principal | null): boolean {
  return principal === null || principal.role === 'elected_member'
}

export interface DrillDownChild {
  childId: number
  name: string
  dateOfBirth: string | null
  inNumerator: boolean
  inDenominator: boolean
}

export function createPerformanceService(db: Kysely<DB>, clock: Clock, audit: AuditService) {
  return {
    scorecards: SCORECARDS,

    asAt(date: IsoDate | undefined, mode: Mode | undefined): AsAt {
      return asAtFor(date ?? clock.today(), mode ?? 'recorded')
    },

    async scorecard(
      id: string,
      asAt: AsAt,
      options: { suppress?: boolean; breakdowns?: boolean } = {},
    ): Promise<Scorecard> {
      const definition = findScorecard(id)
      if (!definition) throw notFound()
      const context = await loadPerformanceContext(db, asAt, id)
      return buildScorecard(context, definition, {
        suppress: definition.aggregateOnly || (options.suppress ?? false),
        breakdowns: options.breakdowns ?? false,
      })
    },

    async indicator(
      id: string,
      asAt: AsAt,
      suppress: boolean,
    ): Promise<{ indicator: Indicator; row: ScorecardRow; published: PublishedSeries | null }> {
      const indicator = findIndicator(id)
      if (!indicator) throw notFound()
      const context = await loadPerformanceContext(db, asAt)
      const row = scorecardRow(context, indicator, {
        suppress,
        breakdowns: true,
        narrative: context.settings.narratives.get(id) ?? '',
      })
      return {
        indicator,
        row,
        published: indicator.benchmark ? publishedSeries(indicator, context.settings.neighbourModel) : null,
      }
    },

    /** The children behind a figure, through the access rules, with the look audited. */
    async drillDown(
      principal: Principal,
      id: string,
      asAt: AsAt,
      requestId: string | null,
    ): Promise<{ indicator: Indicator; children: DrillDownChild[]; hidden: number }> {
      const indicator = findIndicator(id)
      if (!indicator) throw notFound()
      if (!canDrillDown(principal)) {
        await audit.record({
          principal,
          action: 'drill_down',
          recordType: 'indicator',
          recordId: id,
          outcome: 'refused',
          reason: 'aggregate access only',
          requestId,
        })
        throw forbidden()
      }
      const context = await loadPerformanceContext(db, asAt)
      const { counted } = evaluate(indicator, context.record, asAt.date, context.populations)
      const numerator = new Set(
        counted.numerator.map((i) => i.childId).filter((c): c is number => c !== null),
      )
      const denominator = new Set(
        counted.denominator.map((i) => i.childId).filter((c): c is number => c !== null),
      )
      const all = [...new Set([...numerator, ...denominator])]
      let visible = all
      if (principal.role === 'team_manager' && all.length > 0) {
        const rows = await db
          .selectFrom('child')
          .select('child.id')
          .where('child.id', 'in', all)
          .where('child.id', 'in', visibleChildIds(db, principal, clock.today()))
          .execute()
        visible = rows.map((r) => r.id)
      }
      const people =
        visible.length === 0
          ? []
          : await db
              .selectFrom('child')
              .select(['id', 'forename', 'surname', 'date_of_birth'])
              .where('id', 'in', visible)
              .orderBy('surname')
              .orderBy('forename')
              .orderBy('id')
              .execute()
      await audit.record({
        principal,
        action: 'drill_down',
        recordType: 'indicator',
        recordId: `${id}@${asAt.date}:${asAt.mode}`,
        outcome: 'allowed',
        reason: `${people.length} children listed`,
        requestId,
      })
      return {
        indicator,
        hidden: all.length - visible.length,
        children: people.map((p) => ({
          childId: p.id,
          name: `${p.forename} ${p.surname}`,
          dateOfBirth: p.date_of_birth,
          inNumerator: numerator.has(p.id),
          inDenominator: denominator.has(p.id),
        })),
      }
    },

    /** One figure per ward for the map: rates per estimated ward population, or the CLA to CP ratio. */
    async wardFigures(measure: WardMeasure, asAt: AsAt, suppress: boolean) {
      const indicator = findIndicator(measure)
      if (!indicator || !(WARD_MEASURES as readonly string[]).includes(measure)) throw notFound()
      const context = await loadPerformanceContext(db, asAt)
      const { counted, figure } = evaluate(indicator, context.record, asAt.date, context.populations)
      const rows = breakdown(indicator, context.record, counted, 'ward', context.populations)
      return {
        indicator,
        overall: shown(indicator.unit, figure, suppress),
        wardPopulationYear: context.populations.wardYear,
        wards: [...context.populations.wardNames].map(([code, name]) => {
          const row = rows.find((r) => r.key === code)
          const numerator = row?.numerator ?? 0
          const denominator = row?.denominator ?? null
          const hidden = suppress && isSuppressed(numerator, indicator.unit === 'rate' ? null : denominator)
          return {
            code,
            name,
            numerator: hidden ? null : numerator,
            denominator: hidden ? null : denominator,
            value: hidden ? null : (row?.value ?? (indicator.unit === 'rate' ? 0 : null)),
            suppressed: hidden,
          }
        }),
        unplaced: rows.find((r) => r.key === 'none')?.numerator ?? 0,
      }
    },

    /** Saves a scorecard for a meeting: its parameters and its exact bytes. */
    async save(id: string, asAt: AsAt, savedBy: string): Promise<{ id: number; sha256: string }> {
      const scorecard = await this.scorecard(id, asAt)
      const content = scorecardJson(scorecard)
      const sha256 = createHash('sha256').update(content).digest('hex')
      const row = await db
        .insertInto('saved_scorecard')
        .values({
          scorecard: id,
          as_at_date: asAt.date,
          mode: asAt.mode,
          recorded_instant: asAt.recordedAt ?? clock.now(),
          title: scorecard.title,
          content,
          content_sha256: sha256,
          saved_at: clock.now(),
          saved_by: savedBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return { id: row.id, sha256 }
    },

    /** Recomputes a saved scorecard as recorded at its saved instant, and says whether it is byte-identical. */
    async reproduce(savedId: number): Promise<{ identical: boolean; saved: string; now: string }> {
      const saved = await db
        .selectFrom('saved_scorecard')
        .selectAll()
        .where('id', '=', savedId)
        .executeTakeFirst()
      if (!saved) throw notFound()
      const asAt = asAtFor(saved.as_at_date, 'recorded', saved.recorded_instant)
      const again = scorecardJson(await this.scorecard(saved.scorecard, asAt))
      return { identical: again === saved.content, saved: saved.content, now: again }
    },

    async listSaved() {
      return db
        .selectFrom('saved_scorecard')
        .select(['id', 'scorecard', 'title', 'as_at_date', 'mode', 'saved_at', 'content_sha256'])
        .orderBy('id', 'desc')
        .limit(50)
        .execute()
    },
  }
}

export interface PublishedSeries {
  years: number[]
  authority: Array<number | null>
  england: Array<number | null>
  region: Array<number | null>
  neighbours: Array<number | null>
  /** The authority's rank among English LAs each year (none for a count). */
  ranks: Array<RankAndQuartile | null>
  calculated: boolean
  regionName: string
}

function publishedSeries(indicator: Indicator, model: '2021' | '2025'): PublishedSeries | null {
  const link = indicator.benchmark
  if (!link) return null
  const years = publishedYears(link)
  let calculated = false
  const at = (code: string, year: number) => {
    const v = benchmarkValue(code, link, year)
    if (v?.calculated) calculated = true
    return v?.value ?? null
  }
  const neighbours = neighbourList(model)
  return {
    years,
    authority: years.map((y) => at('E06000002', y)),
    england: years.map((y) => at(ENGLAND, y)),
    region: years.map((y) => at('E12000001', y)),
    neighbours: years.map((y) => {
      const values = neighbours
        .map((n) => benchmarkValue(n.code, link, y)?.value)
        .filter((v): v is number => v !== undefined)
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
    }),
    ranks: years.map((y) => compare(link, y, model, indicator).rank),
    calculated,
    regionName: regionName(),
  }
}

export type PerformanceService = ReturnType<typeof createPerformanceService>
