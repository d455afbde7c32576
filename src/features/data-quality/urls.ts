export const dataQualityUrls = {
  overview: () => '/data-quality',
  rule: (returnName: string, code: string) => `/data-quality/${encodeURIComponent(returnName)}/${encodeURIComponent(code)}`,
  fix: (childId: number) => `/children/${childId}/record`,
}
