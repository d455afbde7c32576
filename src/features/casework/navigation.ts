// Casework items for the service navigation, by role.
import type { Principal } from '../../platform/auth/principal.ts'
import { CASE_HOLDERS } from './require-role.ts'
import { urls } from './urls.ts'

export function caseworkNavigation(principal: Principal, path: string): Array<{ href: string; text: string; active?: boolean }> {
  const items: Array<{ href: string; text: string }> = []
  if (principal.role === 'screener' || principal.role === 'team_manager') items.push({ href: urls.frontDoor(), text: 'Front door' })
  if (CASE_HOLDERS.includes(principal.role)) items.push({ href: urls.myWork(), text: 'My work' })
  if (principal.role === 'team_manager') items.push({ href: urls.myTeam(), text: 'My team' })
  return items.map((item) => ({ ...item, active: path === item.href || path.startsWith(`${item.href}/`) }))
}
