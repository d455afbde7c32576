// Who is asking. Built once per request from the session; every access decision reads it.
export const ROLES = [
  'screener',
  'social_worker',
  'early_help_practitioner',
  'team_manager',
  'iro',
  'personal_adviser',
  'performance_analyst',
  'senior_leader',
  'elected_member',
  'administrator',
] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  screener: 'Front door screener',
  social_worker: 'Social worker',
  early_help_practitioner: 'Early help practitioner',
  team_manager: 'Team manager',
  iro: 'Independent reviewing officer',
  personal_adviser: 'Personal adviser',
  performance_analyst: 'Performance analyst',
  senior_leader: 'Senior leader',
  elected_member: 'Elected member',
  administrator: 'System administrator',
}

export interface Principal {
  userId: number
  username: string
  displayName: string
  role: Role
  workerId: number | null
  /** Teams the person works in, and for managers the teams they manage. */
  teamIds: number[]
}

export function actorId(principal: Principal): string {
  return `user:${principal.userId}`
}
