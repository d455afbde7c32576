// Every access page URL is built here. The child's record page belongs to casework; its address
// is repeated here (not imported) so this feature does not depend on casework's internals.
export const accessUrls = {
  breakGlass: (childId?: number | string) => (childId === undefined ? '/access/break-glass' : `/access/break-glass?childId=${encodeURIComponent(String(childId))}`),
  restriction: (childId: number | string) => `/access/children/${childId}/restriction`,
  grants: (childId: number | string) => `/access/children/${childId}/grants`,
  revokeGrant: (childId: number | string, grantId: number) => `/access/children/${childId}/grants/${grantId}/revoke`,
  childRecord: (childId: number) => `/children/${childId}`,
}
