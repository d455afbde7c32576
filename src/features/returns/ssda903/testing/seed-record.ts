// Case records for the 903 export tests: the same five young people as the clean return
// (testing/clean-return.ts), entered the way practitioners record them, for 2025/26.
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../../../db/schema.ts'
import { writeAs } from '../../../../db/write.ts'

type Trx = Transaction<DB>

async function child(trx: Trx, values: { forename: string; sex: string; date_of_birth: string; ethnicity: string; upn?: string; upn_unknown_reason?: string }) {
  const row = await trx.insertInto('child').values({ surname: 'Test', ...values }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

async function period(trx: Trx, child_id: number, values: { start_date: string; end_date?: string; reason_ceased?: string; category_of_need: string }) {
  const row = await trx.insertInto('period_of_care').values({ child_id, ...values }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

async function legal(trx: Trx, child_id: number, period_of_care_id: number, code: string, start_date: string, end_date: string | null = null) {
  await trx.insertInto('legal_status').values({ child_id, period_of_care_id, code, start_date, end_date }).execute()
}

async function placed(
  trx: Trx,
  child_id: number,
  period_of_care_id: number,
  values: { placement_type: string; provider: string; postcode: string; urn: string | null; start_date: string; end_date?: string; change_reason?: string },
) {
  await trx.insertInto('placement').values({ child_id, period_of_care_id, ...values }).execute()
}

async function home(trx: Trx, child_id: number, postcode: string) {
  await trx.insertInto('address').values({ child_id, kind: 'home', line1: '1 Any Street', town: 'Middlesbrough', postcode, start_date: '2010-01-01' }).execute()
}

async function review(trx: Trx, child_id: number, period_of_care_id: number, held_date: string, participation: string) {
  await trx.insertInto('cla_review').values({ child_id, period_of_care_id, due_date: held_date, held_date, participation }).execute()
}

/** OC2 items that make a child in the cohort complete: health assessment, dental check, immunisations, SDQ. */
async function outcomes(trx: Trx, child_id: number, score: number) {
  await trx.insertInto('health_check').values({ child_id, kind: 'review_health', done_date: '2025-06-01', status: 'completed' }).execute()
  await trx.insertInto('health_check').values({ child_id, kind: 'dental', done_date: '2025-07-01', status: 'completed' }).execute()
  await trx.insertInto('immunisation_status').values({ child_id, up_to_date: true, recorded_date: '2025-05-01' }).execute()
  await trx.insertInto('sdq').values({ child_id, completed_date: '2025-09-01', score }).execute()
}

export interface SeededChildren {
  longStay: number
  newToCare: number
  adopted: number
  careLeaver: number
  asylumSeeker: number
}

export async function seedRecord(db: Kysely<DB>): Promise<SeededChildren> {
  return writeAs(db, { id: 'test' }, async (trx) => {
    const team = (await trx.insertInto('team').values({ name: 'Children in care', service: 'children_in_care', start_date: '2020-01-01' }).returning('id').executeTakeFirstOrThrow()).id
    const worker = async (swe_registration: string | null) =>
      (await trx.insertInto('worker').values({ forename: 'Sam', surname: 'Worker', role: 'social_worker', team_id: team, start_date: '2020-01-01', swe_registration }).returning('id').executeTakeFirstOrThrow()).id
    const allocate = async (child_id: number, worker_id: number, start_date: string, change_reason = 'FCONTA') =>
      trx.insertInto('allocation').values({ child_id, worker_id, team_id: team, role: 'social_worker', start_date, change_reason }).execute()
    const registered = await worker('SW 101010')
    const unregistered = await worker(null)

    // A girl of 10 in long-term foster care since January 2023.
    const longStay = await child(trx, { forename: 'Amira', sex: 'F', date_of_birth: '2015-06-15', ethnicity: 'WBRI', upn: 'A123456789012' })
    const longStayPeriod = await period(trx, longStay, { start_date: '2023-01-10', category_of_need: 'N1' })
    await legal(trx, longStay, longStayPeriod, 'C2', '2023-01-10')
    await placed(trx, longStay, longStayPeriod, { placement_type: 'U4', provider: 'PR1', postcode: 'TS5 6BB', urn: 'SC123456', start_date: '2023-01-10' })
    await home(trx, longStay, 'TS1 1AA')
    await review(trx, longStay, longStayPeriod, '2025-07-10', 'PN1')
    await outcomes(trx, longStay, 14)
    await trx.insertInto('missing_episode').values({ child_id: longStay, period_of_care_id: longStayPeriod, kind: 'A', start_date: '2025-09-05', end_date: '2025-09-06' }).execute()
    await allocate(longStay, registered, '2024-02-01')

    // A boy of 8 accommodated in May 2025, then a care order, then a move of foster home.
    const newToCare = await child(trx, { forename: 'Ben', sex: 'M', date_of_birth: '2017-08-20', ethnicity: 'MWBC', upn: 'B234567890123' })
    const newPeriod = await period(trx, newToCare, { start_date: '2025-05-01', category_of_need: 'N4' })
    await legal(trx, newToCare, newPeriod, 'V2', '2025-05-01', '2025-06-20')
    await legal(trx, newToCare, newPeriod, 'C1', '2025-06-20')
    await placed(trx, newToCare, newPeriod, { placement_type: 'U6', provider: 'PR1', postcode: 'TS4 4DD', urn: 'SC222222', start_date: '2025-05-01', end_date: '2025-09-15', change_reason: 'CARPL' })
    await placed(trx, newToCare, newPeriod, { placement_type: 'U4', provider: 'PR4', postcode: 'DL1 1EE', urn: 'SC333333', start_date: '2025-09-15' })
    await home(trx, newToCare, 'TS3 3CC')
    await review(trx, newToCare, newPeriod, '2025-05-25', 'PN1')
    await trx.insertInto('previous_permanence').values({ child_id: newToCare, period_of_care_id: newPeriod, code: 'Z1' }).execute()
    await allocate(newToCare, unregistered, '2025-05-01')

    // A girl of 3 adopted in February 2026 after a placement order and an adoption placement.
    const adopted = await child(trx, { forename: 'Chloe', sex: 'F', date_of_birth: '2023-03-03', ethnicity: 'WBRI', upn_unknown_reason: 'UN1' })
    const adoptedPeriod = await period(trx, adopted, { start_date: '2024-12-12', end_date: '2026-02-20', reason_ceased: 'E11', category_of_need: 'N1' })
    await legal(trx, adopted, adoptedPeriod, 'C1', '2024-12-12', '2025-05-05')
    await legal(trx, adopted, adoptedPeriod, 'E1', '2025-05-05', '2026-02-20')
    await placed(trx, adopted, adoptedPeriod, { placement_type: 'U6', provider: 'PR1', postcode: 'TS7 7GG', urn: 'SC444444', start_date: '2024-12-12', end_date: '2025-08-01', change_reason: 'CARPL' })
    await placed(trx, adopted, adoptedPeriod, { placement_type: 'A6', provider: 'PR1', postcode: 'NE1 1HH', urn: 'SC555555', start_date: '2025-08-01', end_date: '2026-02-20' })
    await home(trx, adopted, 'TS6 6FF')
    await review(trx, adopted, adoptedPeriod, '2025-06-10', 'PN0')
    await trx
      .insertInto('adoption_journey')
      .values({ child_id: adopted, period_of_care_id: adoptedPeriod, adm_decision_date: '2025-04-20', matched_date: '2025-07-15', placed_date: '2025-08-01', adopters_count: 2, adopters_sex: 'MF', adopters_legal_status: 'L11' })
      .execute()
    await allocate(adopted, registered, '2024-12-12')

    // A young man who left care at 16 and turns 19 in October 2025.
    const careLeaver = await child(trx, { forename: 'Dan', sex: 'M', date_of_birth: '2006-10-10', ethnicity: 'BAFR', upn: 'C345678901234' })
    await period(trx, careLeaver, { start_date: '2019-01-01', end_date: '2023-05-01', reason_ceased: 'E5', category_of_need: 'N4' })
    await trx.insertInto('care_leaver').values({ child_id: careLeaver, eligibility: 'former_relevant' }).execute()
    await trx.insertInto('care_leaver_contact').values({ child_id: careLeaver, contact_date: '2025-10-01', in_touch: 'YES', accommodation: 'U', accommodation_suitable: true, activity: 'F2' }).execute()

    // An unaccompanied asylum-seeking boy of 16 in a children's home since February 2024.
    const asylumSeeker = await child(trx, { forename: 'Emre', sex: 'M', date_of_birth: '2010-01-01', ethnicity: 'OOTH', upn_unknown_reason: 'UN2' })
    const uascPeriod = await period(trx, asylumSeeker, { start_date: '2024-02-15', category_of_need: 'N8' })
    await legal(trx, asylumSeeker, uascPeriod, 'V2', '2024-02-15')
    await placed(trx, asylumSeeker, uascPeriod, { placement_type: 'K2', provider: 'PR4', postcode: 'LS1 1JJ', urn: 'SC666666', start_date: '2024-02-15' })
    await trx.insertInto('immigration_status').values({ child_id: asylumSeeker, status: 'UASC', start_date: '2024-02-15' }).execute()
    await review(trx, asylumSeeker, uascPeriod, '2025-06-01', 'PN2')
    await outcomes(trx, asylumSeeker, 20)
    await allocate(asylumSeeker, registered, '2024-02-15')

    return { longStay, newToCare, adopted, careLeaver, asylumSeeker }
  })
}
