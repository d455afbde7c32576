// The Performance item in the service navigation, for the roles that may see it.
import type { Principal } from '../../platform/auth/principal.ts'
import { canSeePerformance } from './performance.service.ts'

export function performanceNavigation(
  principal: Principal,
  path: string,
): Array<{ href: string; text: string; active?: boolean }> {
  if (!canSeePerformance(principal)) return []
  return [
    {
      href: '/performance',
      text: 'Performance',
      active: path === '/performance' || path.startsWith('/performance/'),
    },
  ]
}
