export const dataProtectionUrls = {
  subjectAccess: (childId: number | string) => `/data-protection/children/${childId}/subject-access`,
  subjectAccessDownload: (childId: number | string) => `/data-protection/children/${childId}/subject-access.json`,
  retention: () => '/data-protection/retention',
}
