// The child and the people around them. The child's id is stable for life and is the
// reference used in statutory returns (903 CHILD, CIN LAchildID).
import { sql, type Kysely } from 'kysely'
import { createCaseTable } from './case-table.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCaseTable(
    db,
    'child',
    `forename text not null,
     surname text not null,
     sex text not null check (sex in ('M', 'F', 'U')),
     gender text,
     date_of_birth date,
     expected_date_of_birth date,
     date_of_death date,
     nhs_number text,
     upn text,
     upn_unknown_reason text,
     ethnicity text not null default 'NOBT',
     legacy_id text,
     is_restricted boolean not null default false,
     restriction_reason text,
     check (date_of_birth is not null or expected_date_of_birth is not null)`,
    { childColumn: false, indexes: ['date_of_birth', 'nhs_number'] },
  )
  await sql`create index child_name_idx on child (lower(surname), lower(forename))`.execute(db)

  await createCaseTable(db, 'child_disability', `code text not null, start_date date, unique (child_id, code)`)
  await createCaseTable(
    db,
    'immigration_status',
    `status text not null check (status in ('UASC', 'FORMER_UASC', 'REFUGEE', 'ASYLUM_SEEKER', 'OTHER')),
     start_date date not null,
     end_date date`,
  )
  await createCaseTable(
    db,
    'address',
    `kind text not null check (kind in ('home', 'placement', 'other')),
     line1 text not null,
     line2 text,
     town text not null,
     postcode text not null,
     ward_code text references ward(code),
     start_date date not null,
     end_date date`,
    { indexes: ['ward_code', 'postcode'] },
  )
  await createCaseTable(
    db,
    'related_person',
    `forename text not null,
     surname text not null,
     date_of_birth date,
     sex text check (sex in ('M', 'F', 'U')),
     phone text`,
    { childColumn: false },
  )
  // A relationship links a child to another child (siblings, a looked-after mother's baby) or to
  // an adult; lives_with marks the household.
  await createCaseTable(
    db,
    'relationship',
    `related_child_id integer references child(id),
     related_person_id integer references related_person(id),
     kind text not null check (kind in ('mother', 'father', 'parent', 'step_parent', 'sibling', 'half_sibling',
       'child', 'grandparent', 'aunt_or_uncle', 'other_relative', 'carer', 'other')),
     has_parental_responsibility boolean not null default false,
     lives_with boolean not null default false,
     start_date date,
     end_date date,
     check ((related_child_id is null) <> (related_person_id is null))`,
    { indexes: ['related_child_id', 'related_person_id'] },
  )
  await createCaseTable(db, 'family', `name text not null`, { childColumn: false })
  await createCaseTable(
    db,
    'family_member',
    `family_id integer not null references family(id),
     role text not null check (role in ('child', 'parent', 'carer', 'other'))`,
    { indexes: ['family_id'] },
  )
  await createCaseTable(
    db,
    'allocation',
    `worker_id integer not null references worker(id),
     team_id integer not null references team(id),
     role text not null check (role in ('social_worker', 'early_help_practitioner', 'personal_adviser', 'iro')),
     start_date date not null,
     end_date date,
     change_reason text`,
    { indexes: ['worker_id', 'team_id'] },
  )
  await createCaseTable(
    db,
    'case_note',
    `note_date date not null,
     kind text not null,
     summary text not null,
     body text not null default '',
     worker_id integer references worker(id)`,
  )
}
