// Every audit page URL is built here, so links and routes agree.
export const auditUrls = {
  childViews: (childId: number | string) => `/audit/children/${childId}`,
  myAccess: () => '/audit/my-access',
  accessExceptions: () => '/audit/access-exceptions',
}
