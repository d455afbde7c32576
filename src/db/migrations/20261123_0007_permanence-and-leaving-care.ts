// Permanence (plans, adoption journey, SGO and child arrangements orders, previous permanence),
// care leavers, and workforce supervision.
import type { Kysely } from 'kysely'
import { createCaseTable } from './case-table.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCaseTable(
    db,
    'permanence_plan',
    `period_of_care_id integer not null references period_of_care(id), code text not null,
     start_date date not null, end_date date`,
  )
  await createCaseTable(
    db,
    'previous_permanence',
    `period_of_care_id integer not null unique references period_of_care(id),
     code text not null check (code in ('P1', 'P2', 'P3', 'P4', 'Z1')),
     order_month date,
     order_day_known boolean not null default true,
     arranging_la text`,
  )
  await createCaseTable(
    db,
    'adoption_journey',
    `period_of_care_id integer not null references period_of_care(id),
     adm_decision_date date not null,
     ffa_date date,
     placement_order_date date,
     matched_date date,
     placed_date date,
     adoption_order_date date,
     reversed_date date,
     reversed_reason text check (reversed_reason in ('RD1', 'RD2', 'RD3', 'RD4')),
     adopted_by_foster_carer boolean not null default false,
     foster_placement_start_date date,
     sibling_group boolean not null default false,
     adopters_count smallint,
     adopters_sex text check (adopters_sex in ('F1', 'FF', 'M1', 'MF', 'MM')),
     adopters_legal_status text check (adopters_legal_status in ('L0', 'L11', 'L12', 'L2', 'L3', 'L4'))`,
  )
  await createCaseTable(
    db,
    'permanence_order',
    `period_of_care_id integer references period_of_care(id),
     kind text not null check (kind in ('adoption', 'sgo', 'cao')),
     order_date date not null`,
  )
  await createCaseTable(
    db,
    'care_leaver',
    `eligibility text not null check (eligibility in ('eligible', 'relevant', 'former_relevant', 'qualifying')),
     pathway_plan_date date,
     pathway_plan_review_date date,
     unique (child_id)`,
  )
  await createCaseTable(
    db,
    'care_leaver_contact',
    `contact_date date not null,
     in_touch text not null check (in_touch in ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')),
     accommodation text,
     accommodation_suitable boolean,
     activity text`,
    { indexes: ['contact_date'] },
  )
  await createCaseTable(
    db,
    'supervision',
    `worker_id integer not null references worker(id),
     supervisor_id integer references worker(id),
     supervision_date date not null`,
    { childColumn: false, indexes: ['worker_id'] },
  )
  await createCaseTable(
    db,
    'management_oversight',
    `manager_id integer not null references worker(id), oversight_date date not null, summary text not null default ''`,
  )
}
