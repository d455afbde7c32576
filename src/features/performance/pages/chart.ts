// Geometry for a server-rendered SVG line chart (the view draws it; no script). Every line has
// a dash pattern as well as a colour, and the page always shows the same data as a table.
export interface ChartSeries {
  name: string
  values: Array<number | null>
  colour: string
  dash: string
  /** A flat reference line (target, benchmark) rather than a data series. */
  reference?: boolean
}

export interface ChartGeometry {
  width: number
  height: number
  plot: { left: number; top: number; right: number; bottom: number }
  xTicks: Array<{ x: number; label: string }>
  yTicks: Array<{ y: number; label: string }>
  lines: Array<{
    name: string
    colour: string
    dash: string
    path: string
    points: Array<{ x: number; y: number; label: string }>
  }>
}

export function chartGeometry(
  labels: string[],
  series: ChartSeries[],
  format: (v: number) => string,
): ChartGeometry {
  const width = 720
  const height = 320
  const plot = { left: 64, top: 16, right: width - 16, bottom: height - 48 }
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null)
  const max = values.length ? Math.max(...values) : 1
  const min = Math.min(0, ...values)
  const top = niceCeiling(max === min ? max + 1 : max)
  const x = (i: number) =>
    plot.left + (labels.length <= 1 ? 0 : (i * (plot.right - plot.left)) / (labels.length - 1))
  const y = (v: number) => plot.bottom - ((v - min) / (top - min || 1)) * (plot.bottom - plot.top)
  const yTicks = Array.from({ length: 5 }, (_, i) => {
    const v = min + ((top - min) * i) / 4
    return { y: round(y(v)), label: format(v) }
  })
  const lines = series.map((s) => {
    const points = s.values.flatMap((v, i) =>
      v === null ? [] : [{ x: round(x(i)), y: round(y(v)), label: `${labels[i] ?? ''}: ${format(v)}` }],
    )
    let path = ''
    let pen = false
    s.values.forEach((v, i) => {
      if (v === null) return void (pen = false)
      path += `${pen ? 'L' : 'M'}${round(x(i))},${round(y(v))} `
      pen = true
    })
    return {
      name: s.name,
      colour: s.colour,
      dash: s.dash,
      path: path.trim(),
      points: s.reference ? [] : points,
    }
  })
  const step = Math.max(1, Math.ceil(labels.length / 6))
  const xTicks = labels.flatMap((label, i) =>
    i % step === 0 || i === labels.length - 1 ? [{ x: round(x(i)), label }] : [],
  )
  return { width, height, plot, xTicks, yTicks, lines }
}

function niceCeiling(value: number): number {
  if (value <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude
  return 10 * magnitude
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
