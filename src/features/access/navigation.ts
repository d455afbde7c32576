// Access, audit and data-protection items for the service navigation, by permission.
import { can } from '../../platform/auth/permissions.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { auditUrls } from '../audit/urls.ts'
import { dataProtectionUrls } from '../data-protection/urls.ts'
import { accessUrls } from './urls.ts'

export function accessNavigation(principal: Principal, path: string): Array<{ href: string; text: string; active?: boolean }> {
  const items: Array<{ href: string; text: string }> = []
  if (can(principal, 'view_access_exceptions')) items.push({ href: auditUrls.accessExceptions(), text: 'Access report' })
  if (can(principal, 'review_retention')) items.push({ href: dataProtectionUrls.retention(), text: 'Retention' })
  if (can(principal, 'break_glass')) items.push({ href: accessUrls.breakGlass(), text: 'Emergency access' })
  items.push({ href: auditUrls.myAccess(), text: 'Your access history' })
  return items.map((item) => ({ ...item, active: path === item.href || path.startsWith(`${item.href}/`) }))
}
