import type { Request, Response } from 'express'
import type { AppDeps } from '../../../../services.ts'
import { canEditTargets } from '../../performance.service.ts'
import { formatValue } from '../../transforms.ts'
import { chartGeometry, type ChartSeries } from '../chart.ts'
import { pageContext } from '../page-context.ts'

const COLOURS = {
  value: '#1d70b8',
  target: '#00703c',
  england: '#0b0c0c',
  region: '#d4351c',
  neighbours: '#912b88',
}

export function indicatorController(deps: AppDeps) {
  return async (req: Request, res: Response) => {
    const page = pageContext(deps, req, res)
    const { indicator, row, published } = await deps.performance.indicator(
      String(req.params.id),
      page.asAt,
      page.suppress,
    )
    const labels = row.trend.map((p) => p.date)
    const flat = (v: number | null | undefined) => labels.map(() => v ?? null)
    const series: ChartSeries[] = [
      {
        name: `${indicator.name} (calculated by Sightline)`,
        values: row.trend.map((p) => p.value),
        colour: COLOURS.value,
        dash: '0',
      },
    ]
    if (row.target !== null)
      series.push({
        name: `Target for the year ending March ${row.targetYear}`,
        values: flat(row.target),
        colour: COLOURS.target,
        dash: '8 4',
        reference: true,
      })
    const b = row.benchmarks
    if (b?.england)
      series.push({
        name: `England ${b.year} (${b.england.basis})`,
        values: flat(b.england.value),
        colour: COLOURS.england,
        dash: '2 3',
        reference: true,
      })
    if (b?.region)
      series.push({
        name: `Region ${b.year} (${b.region.basis})`,
        values: flat(b.region.value),
        colour: COLOURS.region,
        dash: '10 3 2 3',
        reference: true,
      })
    if (b?.neighbours)
      series.push({
        name: `Statistical neighbour average ${b.year} (calculated by Sightline)`,
        values: flat(b.neighbours.value),
        colour: COLOURS.neighbours,
        dash: '4 4',
        reference: true,
      })
    const format = (v: number) => formatValue(indicator.unit, v)
    const chart = chartGeometry(
      labels.map((d) => d.slice(0, 7)),
      series,
      format,
    )
    const publishedChart = published
      ? chartGeometry(
          published.years.map(String),
          [
            {
              name: 'Middlesbrough (published)',
              values: published.authority,
              colour: COLOURS.value,
              dash: '0',
            },
            { name: 'England', values: published.england, colour: COLOURS.england, dash: '2 3' },
            {
              name: published.regionName,
              values: published.region,
              colour: COLOURS.region,
              dash: '10 3 2 3',
            },
            {
              name: 'Statistical neighbour average (calculated by Sightline)',
              values: published.neighbours,
              colour: COLOURS.neighbours,
              dash: '4 4',
            },
          ],
          format,
        )
      : null
    res.status(page.errors.length ? 400 : 200).render('features/performance/pages/indicator/view.njk', {
      ...page.locals,
      pageTitle: indicator.name,
      errors: page.errors,
      values: page.values,
      indicator,
      row,
      chart,
      series,
      published,
      publishedChart,
      format: (v: number | null) => (v === null ? '–' : format(v)),
      canDrillDown: page.drillDown,
      canEditTargets: canEditTargets(page.principal),
    })
  }
}
