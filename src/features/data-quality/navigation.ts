// The data-quality item in the service navigation, for those who may see it.
import { can } from '../../platform/auth/permissions.ts'
import type { Principal } from '../../platform/auth/principal.ts'
import { dataQualityUrls } from './urls.ts'

export function dataQualityNavigation(principal: Principal, path: string): Array<{ href: string; text: string; active?: boolean }> {
  if (!can(principal, 'view_data_quality')) return []
  return [{ href: dataQualityUrls.overview(), text: 'Data quality', active: path.startsWith(dataQualityUrls.overview()) }]
}
