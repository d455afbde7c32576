// Strategy discussions, section 47 enquiries, conferences, child protection plans; the public
// law outline and care proceedings.
import type { Kysely } from 'kysely'
import { createCaseTable } from './case-table.ts'

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCaseTable(
    db,
    'strategy_discussion',
    `referral_id integer not null references referral(id),
     held_date date not null,
     outcome text not null check (outcome in ('s47', 'no_s47'))`,
    { indexes: ['referral_id'] },
  )
  await createCaseTable(
    db,
    's47_enquiry',
    `referral_id integer not null references referral(id),
     strategy_discussion_id integer references strategy_discussion(id),
     start_date date not null,
     end_date date,
     outcome text check (outcome in ('icpc', 'cin', 'nfa')),
     icpc_target_date date,
     icpc_date date,
     icpc_not_required boolean not null default false,
     check (icpc_date is null or not icpc_not_required)`,
    { indexes: ['referral_id', 'start_date'] },
  )
  await createCaseTable(
    db,
    'cp_plan',
    `referral_id integer not null references referral(id),
     s47_enquiry_id integer references s47_enquiry(id),
     start_date date not null,
     end_date date,
     initial_category text not null check (initial_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
     latest_category text not null check (latest_category in ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
     end_reason text,
     pre_birth boolean not null default false,
     check (end_date is null or end_date >= start_date)`,
    { indexes: ['start_date', 'end_date'] },
  )
  await createCaseTable(
    db,
    'cp_review',
    `cp_plan_id integer not null references cp_plan(id), due_date date not null, held_date date`,
    { indexes: ['cp_plan_id'] },
  )
  await createCaseTable(
    db,
    'core_group',
    `cp_plan_id integer not null references cp_plan(id), held_date date not null`,
    { indexes: ['cp_plan_id'] },
  )
  await createCaseTable(
    db,
    'plo_meeting',
    `kind text not null check (kind in ('initial', 'review', 'exit')),
     meeting_date date not null,
     outcome text check (outcome in ('continue_pre_proceedings', 'issue_proceedings', 'step_down', 'exit'))`,
  )
  await createCaseTable(
    db,
    'care_proceedings',
    `application_date date not null,
     final_hearing_date date,
     final_order text check (final_order in ('care_order', 'supervision_order', 'placement_order', 'sgo', 'cao',
       'no_order', 'withdrawn')),
     final_order_date date,
     check (final_order_date is null or final_order_date >= application_date)`,
  )
}
