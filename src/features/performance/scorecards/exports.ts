// A scorecard as a file: JSON (the whole structure), CSV (one row per indicator), XLSX and PDF
// for meeting papers. No clock is read here: files carry the as-at instant, not "now", so the
// same scorecard always gives the same bytes (the XLSX zip container aside, see below).
import ExcelJS from 'exceljs'
import PDFDocument from 'pdfkit'
import { formatDate } from '../../../platform/time/dates.ts'
import { DIRECTION_LABELS, RAG_LABELS } from '../transforms.ts'
import type { Scorecard, ScorecardRow, ShownBenchmark } from './scorecard.ts'

export type ExportFormat = 'json' | 'csv' | 'xlsx' | 'pdf'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'xlsx', 'pdf']
export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

export function scorecardJson(scorecard: Scorecard): string {
  return `${JSON.stringify(scorecard, null, 2)}\n`
}

function csvCell(value: string | number | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const bench = (b: ShownBenchmark | null | undefined) => [b?.value ?? null, b ? b.basis : null]

export function scorecardTable(scorecard: Scorecard): Array<Array<string | number | null>> {
  const trendDates = scorecard.rows[0]?.trend.map((t) => t.date) ?? []
  const header = [
    'indicator_id',
    'indicator',
    'unit',
    'polarity',
    'as_at',
    'mode',
    'value',
    'numerator',
    'denominator',
    'basis',
    'target_year',
    'target',
    'rag',
    'direction',
    'benchmark_year',
    'england',
    'england_basis',
    'region',
    'region_basis',
    'neighbours',
    'neighbours_basis',
    'rank',
    'rank_of',
    'quartile',
    'rank_1_is',
    ...trendDates.map((d) => `trend_${d}`),
    'narrative',
  ]
  const rows = scorecard.rows.map((r: ScorecardRow) => [
    r.indicatorId,
    r.name,
    r.unit,
    r.polarity,
    scorecard.asAt,
    scorecard.mode,
    r.latest.suppressed ? 'fewer than 5' : r.latest.value,
    r.latest.numerator,
    r.latest.denominator,
    r.basis,
    r.targetYear,
    r.target,
    RAG_LABELS[r.rag],
    DIRECTION_LABELS[r.direction],
    r.benchmarks?.year ?? null,
    ...bench(r.benchmarks?.england),
    ...bench(r.benchmarks?.region),
    ...bench(r.benchmarks?.neighbours),
    r.benchmarks?.rank?.rank ?? null,
    r.benchmarks?.rank?.of ?? null,
    r.benchmarks?.rank?.quartile ?? null,
    r.benchmarks?.rank?.firstIs ?? null,
    ...r.trend.map((t) => (t.suppressed ? 'fewer than 5' : t.value)),
    r.narrative,
  ])
  return [header, ...rows]
}

export function scorecardCsv(scorecard: Scorecard): string {
  return (
    scorecardTable(scorecard)
      .map((row) => row.map(csvCell).join(','))
      .join('\r\n') + '\r\n'
  )
}

function stampedAt(scorecard: Scorecard): Date {
  return new Date(scorecard.recordedAt ?? `${scorecard.asAt}T23:59:59Z`)
}

export async function scorecardXlsx(scorecard: Scorecard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Sightline'
  workbook.created = stampedAt(scorecard)
  workbook.modified = stampedAt(scorecard)
  const sheet = workbook.addWorksheet('Scorecard')
  sheet.addRow([scorecard.title])
  sheet.addRow([
    `As at ${formatDate(scorecard.asAt)} (${scorecard.mode === 'recorded' ? 'as recorded at the time' : 'as now known'}). Values ${'calculated by Sightline from the case record'}; benchmarks published by DfE unless marked calculated. Neighbours: ${scorecard.neighbourModel}.`,
  ])
  sheet.addRow([])
  for (const row of scorecardTable(scorecard)) sheet.addRow(row)
  sheet.getRow(4).font = { bold: true }
  sheet.getColumn(2).width = 50
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export async function scorecardPdf(scorecard: Scorecard): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: {
      Title: scorecard.title,
      Author: 'Sightline',
      CreationDate: stampedAt(scorecard),
      ModDate: stampedAt(scorecard),
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.fontSize(16).text(scorecard.title)
  doc
    .fontSize(9)
    .text(
      `${scorecard.audience}. As at ${formatDate(scorecard.asAt)}, ${scorecard.mode === 'recorded' ? 'as recorded at the time' : 'as now known'}.`,
    )
  doc.text(
    `Values are calculated by Sightline from the case record. England, ${scorecard.region} and neighbour figures are DfE publications unless marked “calc.”; the neighbour average (${scorecard.neighbourModel}) is calculated by Sightline.`,
  )
  doc.moveDown()
  const columns = [
    { title: 'Indicator', width: 230 },
    { title: 'Latest', width: 70 },
    { title: 'Target', width: 60 },
    { title: 'RAG', width: 60 },
    { title: 'Direction', width: 70 },
    { title: 'England', width: 60 },
    { title: 'Region', width: 60 },
    { title: 'Neighbours', width: 65 },
    { title: 'Year', width: 35 },
  ]
  const writeRow = (cells: string[], bold = false) => {
    const y = doc.y
    let x = doc.page.margins.left
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8)
    let height = 0
    cells.forEach((cell, i) => {
      const width = columns[i]?.width ?? 60
      doc.text(cell, x, y, { width: width - 4 })
      height = Math.max(height, doc.y - y)
      x += width
    })
    doc.x = doc.page.margins.left
    doc.y = y + height + 3
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage()
  }
  const b = (x: ShownBenchmark | null | undefined) =>
    x ? `${x.display}${x.basis === 'published' ? '' : ' calc.'}` : '–'
  writeRow(
    columns.map((c) => c.title),
    true,
  )
  for (const r of scorecard.rows) {
    writeRow([
      r.name,
      r.latest.display,
      r.targetDisplay,
      RAG_LABELS[r.rag],
      DIRECTION_LABELS[r.direction],
      b(r.benchmarks?.england),
      b(r.benchmarks?.region),
      b(r.benchmarks?.neighbours),
      String(r.benchmarks?.year ?? '–'),
    ])
    if (r.narrative) writeRow([`   ${r.narrative}`])
  }
  doc.end()
  return done
}

export async function exportScorecard(scorecard: Scorecard, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(scorecardJson(scorecard))
    case 'csv':
      return Buffer.from(scorecardCsv(scorecard))
    case 'xlsx':
      return scorecardXlsx(scorecard)
    case 'pdf':
      return scorecardPdf(scorecard)
  }
}
