// The accounts item in the service navigation, for those who may manage accounts.
import { can } from '../../platform/auth/permissions.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { accountUrls } from './urls.ts'

export function accountNavigation(principal: Principal, path: string): Array<{ href: string; text: string; active?: boolean }> {
  if (!can(principal, 'manage_accounts')) return []
  return [{ href: accountUrls.list(), text: 'Accounts', active: path.startsWith(accountUrls.list()) }]
}
