// Every performance URL is built here.
import type { AsAt } from './performance-context.ts'

const query = (asAt?: AsAt, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams({ ...(asAt ? { asAt: asAt.date, mode: asAt.mode } : {}), ...extra })
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const performanceUrls = {
  home: (asAt?: AsAt) => `/performance${query(asAt)}`,
  library: (asAt?: AsAt) => `/performance/indicators${query(asAt)}`,
  scorecard: (id: string, asAt?: AsAt) => `/performance/scorecards/${id}${query(asAt)}`,
  scorecardExport: (id: string, format: string, asAt?: AsAt) =>
    `/performance/scorecards/${id}/export.${format}${query(asAt)}`,
  saveScorecard: (id: string) => `/performance/scorecards/${id}/save`,
  narrative: (id: string, indicatorId: string) => `/performance/scorecards/${id}/narratives/${indicatorId}`,
  indicator: (id: string, asAt?: AsAt) => `/performance/indicators/${id}${query(asAt)}`,
  drillDown: (id: string, asAt?: AsAt) => `/performance/indicators/${id}/children${query(asAt)}`,
  targets: (id: string, saved?: 'target' | 'tolerance' | 'trajectory' | 'removed') =>
    `/performance/indicators/${id}/targets${saved ? `?saved=${saved}` : ''}`,
  target: (id: string, year?: number) =>
    `/performance/indicators/${id}/targets/year${year === undefined ? '' : `?year=${year}`}`,
  removeTarget: (id: string, year: number) => `/performance/indicators/${id}/targets/${year}/remove`,
  tolerance: (id: string) => `/performance/indicators/${id}/tolerance`,
  trajectory: (id: string) => `/performance/indicators/${id}/trajectory`,
  wardMap: (measure?: string, asAt?: AsAt) =>
    `/performance/ward-map${query(asAt, measure ? { measure } : {})}`,
}
