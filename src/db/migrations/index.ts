// Forward-only migrations, in order. Names are timestamps; never edit one that has shipped.
import type { Migration } from 'kysely'
import * as versioning from './20261123_0001_versioning.ts'
import * as organisation from './20261123_0002_reference-and-organisation.ts'
import * as people from './20261123_0003_people.ts'
import * as frontDoor from './20261123_0004_front-door-and-need.ts'
import * as protection from './20261123_0005_protection-and-proceedings.ts'
import * as lookedAfter from './20261123_0006_looked-after.ts'
import * as permanence from './20261123_0007_permanence-and-leaving-care.ts'
import * as usersAndSessions from './20261123_0008_users-and-sessions.ts'
import * as audit from './20261123_0009_audit.ts'
import * as casework from './20261123_0201_casework.ts'
import * as restrictedAccess from './20261123_0100_restricted-access.ts'
import * as performance from './20261123_0301_performance.ts'
import * as oidcSignIn from './20261123_0101_oidc-sign-in.ts'
import * as auditAppend from './20261123_0102_audit-append.ts'
import * as childLegacyId from './20261203_0401_child-legacy-id.ts'
import * as dataQuality from './20261203_0501_data-quality.ts'
import * as openAllocations from './20261203_0601_open-allocations.ts'
import * as removedEntry from './20261203_0701_removed-entry.ts'

export const migrations: Record<string, Migration> = {
  '20261123_0001_versioning': versioning,
  '20261123_0002_reference-and-organisation': organisation,
  '20261123_0003_people': people,
  '20261123_0004_front-door-and-need': frontDoor,
  '20261123_0005_protection-and-proceedings': protection,
  '20261123_0006_looked-after': lookedAfter,
  '20261123_0007_permanence-and-leaving-care': permanence,
  '20261123_0008_users-and-sessions': usersAndSessions,
  '20261123_0009_audit': audit,
  '20261123_0201_casework': casework,
  '20261123_0100_restricted-access': restrictedAccess,
  '20261123_0301_performance': performance,
  '20261123_0101_oidc-sign-in': oidcSignIn,
  '20261123_0102_audit-append': auditAppend,
  '20261203_0401_child-legacy-id': childLegacyId,
  '20261203_0501_data-quality': dataQuality,
  '20261203_0601_open-allocations': openAllocations,
  '20261203_0701_removed-entry': removedEntry,
}
