import type { Request, Response } from 'express'
import type { AppDeps } from '../../../../services.ts'
import { WARD_MEASURES, type WardMeasure } from '../../performance.service.ts'
import { findIndicator } from '../../indicators/library.ts'
import { formatValue } from '../../transforms.ts'
import { pageContext } from '../page-context.ts'
import { NO_DATA, shadeClasses, shadeFor, wardShapes } from '../ward-map.ts'

export function wardMapController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const page = pageContext(deps, req, res)
    const requested = typeof req.query.measure === 'string' ? req.query.measure : 'cla_rate'
    const measure: WardMeasure = (WARD_MEASURES as readonly string[]).includes(requested)
      ? (requested as WardMeasure)
      : 'cla_rate'
    const figures = await deps.performance.wardFigures(measure, page.asAt, page.suppress)
    const unit = figures.indicator.unit
    const classes = shadeClasses(figures.wards.map((w) => w.value).filter((v): v is number => v !== null))
    const shapes = wardShapes()
    const byCode = new Map(figures.wards.map((w) => [w.code, w]))
    res.status(page.errors.length ? 400 : 200).render('features/performance/pages/ward-map/view.njk', {
      ...page.locals,
      pageTitle: 'Ward map',
      errors: page.errors,
      values: page.values,
      measure,
      measures: WARD_MEASURES.map((id) => ({ id, name: findIndicator(id)?.name ?? id })),
      indicator: figures.indicator,
      overall: figures.overall,
      unplaced: figures.unplaced,
      wardPopulationYear: figures.wardPopulationYear,
      map: {
        width: shapes.width,
        height: shapes.height,
        wards: shapes.wards.map((shape) => {
          const f = byCode.get(shape.code)
          const value = f?.value ?? null
          return {
            ...shape,
            fill: shadeFor(value, classes),
            label: `${shape.name}: ${f?.suppressed ? 'fewer than 5 children' : value === null ? 'no data' : formatValue(unit, value)}`,
          }
        }),
      },
      legend: [
        ...classes.map((c) => ({
          colour: c.colour,
          text: `${formatValue(unit, c.from)} to ${formatValue(unit, c.to)}`,
        })),
        { colour: NO_DATA, text: page.suppress ? 'No data, or fewer than 5 children' : 'No data' },
      ],
      rows: figures.wards.map((w) => ({
        ...w,
        display: w.suppressed ? 'Fewer than 5' : w.value === null ? 'No data' : formatValue(unit, w.value),
      })),
    })
  }
}
