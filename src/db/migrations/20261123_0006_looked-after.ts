// Children looked after. A period of care is made of legal status spells and placement spells;
// SSDA903 episodes are derived from those two (never keyed by hand: src/features/looked-after/episodes.ts).
import type { Kysely } from 'kysely'
import { createCaseTable } from './case-table.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCaseTable(
    db,
    'period_of_care',
    `start_date date not null,
     end_date date,
     reason_ceased text,
     category_of_need text not null,
     check (end_date is null or end_date > start_date),
     check ((end_date is null) = (reason_ceased is null))`,
    { indexes: ['start_date', 'end_date'] },
  )
  await createCaseTable(
    db,
    'legal_status',
    `period_of_care_id integer not null references period_of_care(id),
     code text not null,
     start_date date not null,
     end_date date,
     check (end_date is null or end_date >= start_date)`,
    { indexes: ['period_of_care_id'] },
  )
  await createCaseTable(
    db,
    'placement',
    `period_of_care_id integer not null references period_of_care(id),
     placement_type text not null,
     provider text not null,
     carer_id integer references carer(id),
     postcode text,
     urn text,
     start_date date not null,
     end_date date,
     change_reason text,
     weekly_cost numeric(10, 2),
     distance_miles numeric(6, 1),
     unplanned_end boolean not null default false,
     check (end_date is null or end_date >= start_date)`,
    { indexes: ['period_of_care_id', 'carer_id', 'start_date'] },
  )
  await createCaseTable(
    db,
    'cla_review',
    `period_of_care_id integer not null references period_of_care(id),
     due_date date not null,
     held_date date,
     cancelled boolean not null default false,
     participation text`,
    { indexes: ['period_of_care_id'] },
  )
  await createCaseTable(
    db,
    'personal_education_plan',
    `period_of_care_id integer not null references period_of_care(id), plan_date date not null`,
  )
  await createCaseTable(
    db,
    'health_check',
    `kind text not null check (kind in ('initial_health', 'review_health', 'dental')),
     due_date date,
     done_date date,
     status text not null check (status in ('planned', 'completed', 'refused', 'cancelled'))`,
  )
  await createCaseTable(db, 'immunisation_status', `up_to_date boolean not null, recorded_date date not null`)
  await createCaseTable(
    db,
    'sdq',
    `completed_date date not null,
     score smallint check (score between 0 and 40),
     reason text check (reason in ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')),
     check ((score is null) <> (reason is null))`,
  )
  await createCaseTable(db, 'offence', `offence_date date not null, description text not null`)
  await createCaseTable(
    db,
    'substance_misuse',
    `identified_date date not null, substance text not null, intervention_offered boolean not null,
     intervention_received boolean not null default false`,
  )
  await createCaseTable(
    db,
    'missing_episode',
    `period_of_care_id integer references period_of_care(id),
     kind text not null check (kind in ('M', 'A')),
     start_date date not null,
     end_date date,
     rhi_offered boolean,
     rhi_accepted boolean,
     rhi_date date,
     check (end_date is null or end_date >= start_date)`,
    { indexes: ['start_date'] },
  )
}
