// Every account administration URL is built here.
export const accountUrls = {
  list: () => '/admin/accounts',
  create: () => '/admin/accounts/new',
  account: (id: number | string) => `/admin/accounts/${id}`,
  action: (id: number | string, action: AccountAction) => `/admin/accounts/${id}/${action}`,
}

export const ACCOUNT_ACTIONS = ['role', 'status', 'unlock', 'password', 'sign-out'] as const
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number]
