// The performance team sets what each indicator is judged against: yearly targets, the RAG
// tolerance, and trajectories to the statistical neighbour average. Targets and tolerances are
// versioned (writeAs), so a scorecard as recorded at an earlier date keeps the targets of that
// date; every change is audited, and so is a refused attempt to make one.
import type { Request, Response } from 'express'
import type { AuditEntry } from '../../../../platform/audit/audit.ts'
import { actorId } from '../../../../platform/auth/principal.ts'
import { forbidden, notFound } from '../../../../platform/errors.ts'
import { fieldErrors, type FieldError } from '../../../../platform/http/form-errors.ts'
import type { AppDeps } from '../../../../services.ts'
import { NEIGHBOUR_MODELS, trajectoryBaselines } from '../../benchmarks/benchmarks.ts'
import type { Indicator, Unit } from '../../indicators/indicator.ts'
import { findIndicator } from '../../indicators/library.ts'
import { canEditTargets } from '../../performance.service.ts'
import {
  indicatorTargets,
  loadPerformanceSettings,
  removeTarget,
  setTargets,
  setTolerance,
} from '../../targets/targets.repository.ts'
import { canSetTrajectory, trajectoryNote, trajectoryTargets } from '../../targets/trajectory.ts'
import { formatValue, reportingYear } from '../../transforms.ts'
import { performanceUrls } from '../../urls.ts'
import { pageContext } from '../page-context.ts'
import { targetSchema, toleranceSchema, trajectorySchema } from './schema.ts'

const VIEWS = {
  list: 'features/performance/pages/targets/list.njk',
  target: 'features/performance/pages/targets/target.njk',
  tolerance: 'features/performance/pages/targets/tolerance.njk',
  trajectory: 'features/performance/pages/targets/trajectory.njk',
  remove: 'features/performance/pages/targets/remove.njk',
}

export const UNIT_HINTS: Record<Unit, string> = {
  percent: 'As a percentage, for example 22.5',
  rate: 'Per 10,000 children aged 0 to 17, for example 110.5',
  ratio: 'As a ratio, for example 1.25',
  days: 'In days, for example 420',
  count: 'As a number, for example 120',
}

const TOLERANCE_UNITS: Record<Unit, string> = {
  percent: 'percentage points',
  rate: 'per 10,000 children',
  ratio: 'of the ratio',
  days: 'days',
  count: 'in the count',
}

type Form = Record<string, unknown> | undefined
const text = (body: Form, name: string) => (typeof body?.[name] === 'string' ? body[name] : '')

export function targetsController(deps: AppDeps) {
  /** The page's principal and indicator; refused (and, for a change, audited as refused) unless an analyst. */
  const load = async (req: Request, res: Response, writing?: string) => {
    const page = pageContext(deps, req, res)
    const indicator = findIndicator(String(req.params.id))
    if (!indicator) throw notFound()
    if (!canEditTargets(page.principal)) {
      if (writing)
        await deps.audit.record({
          principal: page.principal,
          action: 'update',
          recordType: writing,
          recordId: indicator.id,
          outcome: 'refused',
          reason: 'Only the performance team sets targets',
          requestId: res.locals.requestId as string | undefined,
        })
      throw forbidden()
    }
    const audit = (entry: Pick<AuditEntry, 'recordType' | 'recordId'>) =>
      deps.audit.record({
        ...entry,
        principal: page.principal,
        action: 'update',
        outcome: 'allowed',
        requestId: res.locals.requestId as string | undefined,
      })
    return { page, indicator, actor: { id: actorId(page.principal) }, audit }
  }

  const format = (indicator: Indicator, value: number) => formatValue(indicator.unit, value)

  const baselines = async (indicator: Indicator) => {
    if (!indicator.benchmark || !canSetTrajectory(indicator)) throw notFound()
    const settings = await loadPerformanceSettings(deps.db, { mode: 'now' }, 'leadership')
    const model = settings.neighbourModel
    return {
      model: NEIGHBOUR_MODELS[model],
      rows: trajectoryBaselines(indicator.benchmark, model).map((b) => ({
        year: b.year,
        baseline: b.authority.value,
        goal: b.neighbours,
        baselineDisplay: format(indicator, b.authority.value),
        goalDisplay: format(indicator, b.neighbours),
        calculated: b.authority.calculated,
      })),
    }
  }

  const renderTarget = (
    res: Response,
    locals: object,
    indicator: Indicator,
    values: { yearEnding: string; value: string },
    errors?: FieldError[],
  ) =>
    res.status(errors ? 400 : 200).render(VIEWS.target, {
      ...locals,
      pageTitle: `Target: ${indicator.name}`,
      indicator,
      unitHint: UNIT_HINTS[indicator.unit],
      values,
      errors,
    })

  const renderTolerance = (
    res: Response,
    locals: object,
    indicator: Indicator,
    values: { tolerance: string },
    errors?: FieldError[],
  ) =>
    res.status(errors ? 400 : 200).render(VIEWS.tolerance, {
      ...locals,
      pageTitle: `RAG tolerance: ${indicator.name}`,
      indicator,
      toleranceUnit: TOLERANCE_UNITS[indicator.unit],
      values,
      errors,
    })

  const renderTrajectory = async (
    res: Response,
    locals: object,
    indicator: Indicator,
    values: { baselineYear: string; years: string },
    errors?: FieldError[],
  ) =>
    res.status(errors ? 400 : 200).render(VIEWS.trajectory, {
      ...locals,
      pageTitle: `Trajectory: ${indicator.name}`,
      indicator,
      baselines: await baselines(indicator),
      values,
      errors,
    })

  return {
    async list(req: Request, res: Response) {
      const { page, indicator } = await load(req, res)
      const current = await indicatorTargets(deps.db, indicator.id)
      res.render(VIEWS.list, {
        ...page.locals,
        pageTitle: `Targets: ${indicator.name}`,
        indicator,
        targets: current.targets.map((t) => ({ ...t, display: format(indicator, t.value) })),
        tolerance: current.tolerance,
        toleranceDisplay:
          current.tolerance === null
            ? null
            : `${current.tolerance.toLocaleString('en-GB')} ${TOLERANCE_UNITS[indicator.unit]}`,
        saved: req.query.saved,
        canSetTrajectory: canSetTrajectory(indicator),
      })
    },

    async targetForm(req: Request, res: Response) {
      const { page, indicator } = await load(req, res)
      const current = await indicatorTargets(deps.db, indicator.id)
      const asked = Number(req.query.year)
      const year =
        Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : reportingYear(page.asAt.date)
      const existing = current.targets.find((t) => t.yearEnding === year)
      renderTarget(res, page.locals, indicator, {
        yearEnding: String(year),
        value: existing ? String(existing.value) : '',
      })
    },

    async targetSave(req: Request, res: Response) {
      const { page, indicator, actor, audit } = await load(req, res, 'performance_target')
      const body = req.body as Form
      const parsed = targetSchema(indicator.unit).safeParse(body ?? {})
      if (!parsed.success)
        return renderTarget(
          res,
          page.locals,
          indicator,
          { yearEnding: text(body, 'yearEnding'), value: text(body, 'value') },
          fieldErrors(parsed.error),
        )
      const { yearEnding, value } = parsed.data
      await setTargets(deps.db, actor, indicator.id, [{ yearEnding, value, note: null }])
      await audit({ recordType: 'performance_target', recordId: `${indicator.id}/${yearEnding}` })
      res.redirect(performanceUrls.targets(indicator.id, 'target'))
    },

    async removeForm(req: Request, res: Response) {
      const { page, indicator } = await load(req, res)
      const target = (await indicatorTargets(deps.db, indicator.id)).targets.find((t) => t.yearEnding === Number(req.params.year))
      if (!target) throw notFound()
      res.render(VIEWS.remove, {
        ...page.locals,
        pageTitle: `Remove the target for ${target.yearEnding}: ${indicator.name}`,
        indicator,
        target: { ...target, display: format(indicator, target.value) },
      })
    },

    async removeSave(req: Request, res: Response) {
      const { page, indicator, actor } = await load(req, res, 'performance_target')
      const year = Number(req.params.year)
      if (!Number.isInteger(year) || !(await removeTarget(deps.db, actor, indicator.id, year))) throw notFound()
      await deps.audit.record({
        principal: page.principal,
        action: 'delete',
        recordType: 'performance_target',
        recordId: `${indicator.id}/${year}`,
        outcome: 'allowed',
        requestId: res.locals.requestId as string | undefined,
      })
      res.redirect(performanceUrls.targets(indicator.id, 'removed'))
    },

    async toleranceForm(req: Request, res: Response) {
      const { page, indicator } = await load(req, res)
      const current = await indicatorTargets(deps.db, indicator.id)
      renderTolerance(res, page.locals, indicator, {
        tolerance: current.tolerance === null ? '' : String(current.tolerance),
      })
    },

    async toleranceSave(req: Request, res: Response) {
      const { page, indicator, actor, audit } = await load(req, res, 'performance_tolerance')
      const body = req.body as Form
      const parsed = toleranceSchema(indicator.unit).safeParse(body ?? {})
      if (!parsed.success)
        return renderTolerance(
          res,
          page.locals,
          indicator,
          { tolerance: text(body, 'tolerance') },
          fieldErrors(parsed.error),
        )
      await setTolerance(deps.db, actor, indicator.id, parsed.data.tolerance)
      await audit({ recordType: 'performance_tolerance', recordId: indicator.id })
      res.redirect(performanceUrls.targets(indicator.id, 'tolerance'))
    },

    async trajectoryForm(req: Request, res: Response) {
      const { page, indicator } = await load(req, res)
      const { rows } = await baselines(indicator)
      await renderTrajectory(res, page.locals, indicator, {
        baselineYear: rows[0] ? String(rows[0].year) : '',
        years: '3',
      })
    },

    async trajectorySave(req: Request, res: Response) {
      const { page, indicator, actor, audit } = await load(req, res, 'performance_target')
      const body = req.body as Form
      const values = { baselineYear: text(body, 'baselineYear'), years: text(body, 'years') }
      const refuse = (errors: FieldError[]) => renderTrajectory(res, page.locals, indicator, values, errors)
      const parsed = trajectorySchema.safeParse(body ?? {})
      if (!parsed.success) return refuse(fieldErrors(parsed.error))
      const { baselineYear, years } = parsed.data
      const baseline = (await baselines(indicator)).rows.find((b) => b.year === baselineYear)
      if (!baseline)
        return refuse([{ field: 'baselineYear', href: '#baselineYear', text: 'Select the baseline year' }])
      const trajectory = trajectoryTargets({
        baselineYear,
        baseline: baseline.baseline,
        goal: baseline.goal,
        years,
        unit: indicator.unit,
        polarity: indicator.polarity,
      })
      if (!trajectory.ok)
        return refuse([
          {
            field: 'baselineYear',
            href: '#baselineYear',
            text: `Middlesbrough’s figure for ${baselineYear} already meets the statistical neighbour average: choose another year, or set targets one year at a time`,
          },
        ])
      const note = trajectoryNote(
        { baselineYear, years },
        { baseline: baseline.baselineDisplay, goal: baseline.goalDisplay },
      )
      await setTargets(
        deps.db,
        actor,
        indicator.id,
        trajectory.targets.map((t) => ({ ...t, note })),
      )
      for (const t of trajectory.targets)
        await audit({ recordType: 'performance_target', recordId: `${indicator.id}/${t.yearEnding}` })
      res.redirect(performanceUrls.targets(indicator.id, 'trajectory'))
    },
  }
}
