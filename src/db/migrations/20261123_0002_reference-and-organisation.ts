// Reference data (DfE code lists, wards, bank holidays, populations) and the organisation:
// teams, workers and the foster homes and children's homes that offer placements.
import { sql, type Kysely } from 'kysely'
import { createCaseTable } from './case-table.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table code_list (
      list text not null,
      code text not null,
      label text not null,
      valid_from date,
      valid_to date,
      source text not null,
      primary key (list, code)
    );
    create table bank_holiday (
      date date primary key,
      name text not null,
      source text not null
    );
    create table ward (
      code text primary key,
      name text not null unique,
      code_2015_2022 text not null
    );
    create table population (
      area_code text not null,
      area_name text not null,
      year integer not null,
      age_band text not null,
      persons integer not null,
      source text not null,
      primary key (area_code, year, age_band)
    );
  `.execute(db)

  await createCaseTable(
    db,
    'team',
    `name text not null unique,
     parent_team_id integer references team(id),
     service text not null check (service in ('front_door', 'early_help', 'assessment', 'safeguarding',
       'children_in_care', 'care_leavers', 'disability', 'fostering', 'adoption', 'reviewing', 'leadership', 'performance')),
     locality text,
     start_date date not null,
     end_date date`,
    { childColumn: false },
  )
  await createCaseTable(
    db,
    'worker',
    `staff_id text unique,
     forename text not null,
     surname text not null,
     role text not null check (role in ('social_worker', 'senior_practitioner', 'team_manager', 'service_manager',
       'early_help_practitioner', 'personal_adviser', 'iro', 'screener', 'performance_analyst', 'senior_leader',
       'elected_member', 'administrator')),
     team_id integer references team(id),
     manager_id integer references worker(id),
     swe_registration text,
     fte numeric(4, 2) not null default 1 check (fte > 0 and fte <= 1),
     agency boolean not null default false,
     start_date date not null,
     end_date date,
     end_reason text`,
    { childColumn: false, indexes: ['team_id'] },
  )
  await createCaseTable(
    db,
    'carer',
    `kind text not null check (kind in ('in_house_foster', 'ifa_foster', 'connected_carer', 'in_house_residential',
       'external_residential', 'supported_accommodation', 'adopters', 'other')),
     name text not null,
     provider text not null,
     urn text,
     postcode text,
     ward_code text references ward(code),
     approved_date date not null,
     end_date date,
     capacity integer not null check (capacity >= 0)`,
    { childColumn: false, indexes: ['kind'] },
  )
}
