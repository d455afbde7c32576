// Writes an import plan into the record, inside the caller's transaction. A child is found by the
// 903 CHILD kept as child.legacy_id, so importing the same files twice changes nothing and a later
// year's rows replace what an earlier import said about the same facts:
//   - a period of care is matched by its start (or, when the first imported episode continues an
//     earlier period, by the period it falls in); its legal status and placement spells from that
//     start on are replaced by the imported ones, unless the record already knows the period past
//     the last year imported for it (a later return, or what practitioners have recorded since);
//   - reviews, missing episodes, adoption decisions and home postcodes are matched by date;
//   - OC2 items are recorded on 31 March of their year, and replace what an earlier import recorded
//     there (only rows this import wrote, never a practitioner's);
//   - OC3 is recorded as a care leaver contact on the birthday it reports.
// What the 903 does not hold (names, addresses, carers) is written as "Not recorded".
import { sql, type Selectable, type Transaction } from 'kysely'
import type { AuditService } from '../../../../platform/audit/audit.ts'
import { collectionYear, type IsoDate } from '../../../../platform/time/dates.ts'
import type { DB } from '../../../../db/schema.ts'
import { ADOPTED } from '../codes.ts'
import type { Problems } from './import-error.ts'
import type { ChildPlan, ImportPlan, PeriodPlan, Source } from './plan.ts'

type Trx = Transaction<DB>
type Period = Selectable<DB['period_of_care']>

export const IMPORT_ACTOR_ID = 'system:import-903'
const NOT_RECORDED = 'Not recorded'

export interface WriteCounts {
  childrenCreated: number
  childrenUpdated: number
  periods: number
  reviews: number
  missing: number
  adoptions: number
}

export async function writePlan(
  trx: Trx,
  plan: ImportPlan,
  problems: Problems,
  audit: AuditService,
): Promise<WriteCounts> {
  const counts: WriteCounts = {
    childrenCreated: 0,
    childrenUpdated: 0,
    periods: 0,
    reviews: 0,
    missing: 0,
    adoptions: 0,
  }
  if (!(await legacyIdsAreFree(trx, plan, problems))) return counts
  const reason = `Imported from the SSDA903 returns for ${plan.years.map((y) => `${y - 1}/${String(y).slice(2)}`).join(', ')}`
  for (const child of plan.children) {
    const { id, created } = await upsertChild(trx, child)
    if (created) counts.childrenCreated++
    else counts.childrenUpdated++
    await audit.record(
      {
        principal: { system: 'import-903' },
        action: created ? 'create' : 'update',
        recordType: 'child',
        recordId: id,
        childId: id,
        outcome: 'allowed',
        reason,
      },
      trx,
    )
    for (const period of child.periods) await writePeriod(trx, id, period, problems)
    counts.periods += child.periods.length
    await writeHomes(trx, id, child.homes)
    const periods = await trx
      .selectFrom('period_of_care')
      .selectAll()
      .where('child_id', '=', id)
      .orderBy('start_date')
      .execute()
    counts.reviews += await writeReviews(trx, id, child, periods, problems)
    counts.missing += await writeMissing(trx, id, child, periods)
    await writeUasc(trx, id, child, periods)
    await writeOc2(trx, id, child)
    await writeOc3(trx, id, child)
    counts.adoptions += await writeAdoptions(trx, id, child, periods, problems)
    await writePreviousPermanence(trx, id, child, periods, problems)
  }
  return counts
}

/**
 * A native child's 903 CHILD is its Sightline id, an imported one's its legacy id; the two must never
 * meet in one return. Refuses a CHILD that is already a native child's id, and moves the id
 * sequence past the largest numeric CHILD so no child recorded later is numbered into one.
 */
async function legacyIdsAreFree(trx: Trx, plan: ImportPlan, problems: Problems): Promise<boolean> {
  const keys = plan.children.map((c) => c.key)
  if (keys.length === 0) return true
  const taken = await trx
    .selectFrom('child')
    .select('id')
    .where('legacy_id', 'is', null)
    .where(sql<string>`id::text`, 'in', keys)
    .execute()
  const takenKeys = new Set(taken.map((c) => String(c.id)))
  for (const child of plan.children) {
    if (!takenKeys.has(child.key)) continue
    const { file, row } = child.header.source
    problems.add(file, row, 'CHILD', `CHILD ${child.key} is already the identifier of a child recorded in Sightline, so the two would share one CHILD in later returns. Give this child a different identifier in the files.`)
  }
  if (takenKeys.size > 0) return false
  const numeric = keys.filter((k) => /^\d{1,9}$/.test(k)).map(Number)
  const highest = numeric.length > 0 ? Math.max(...numeric) : 0
  if (highest > 0) {
    await sql`select setval(s.seq, ${highest}) from (select pg_get_serial_sequence('child', 'id')::regclass as seq) s
      where coalesce(pg_sequence_last_value(s.seq), 0) < ${highest}`.execute(trx)
  }
  return true
}

async function upsertChild(trx: Trx, child: ChildPlan): Promise<{ id: number; created: boolean }> {
  const h = child.header
  const facts = {
    date_of_birth: h.dateOfBirth,
    upn: h.upn,
    upn_unknown_reason: h.upnUnknownReason,
    ...(h.sex ? { sex: h.sex } : {}),
    ...(h.ethnicity ? { ethnicity: h.ethnicity } : {}),
  }
  const existing = await trx
    .selectFrom('child')
    .select('id')
    .where('legacy_id', '=', child.key)
    .executeTakeFirst()
  let id: number
  if (existing) {
    await trx.updateTable('child').set(facts).where('id', '=', existing.id).execute()
    id = existing.id
  } else {
    const row = await trx
      .insertInto('child')
      .values({ forename: NOT_RECORDED, surname: NOT_RECORDED, sex: 'U', ...facts, legacy_id: child.key })
      .returning('id')
      .executeTakeFirstOrThrow()
    id = row.id
  }
  if (h.firstChildDob) await recordFirstChild(trx, id, h.firstChildDob)
  return { id, created: !existing }
}

/** MC_DOB: the mother's first child, as a related person with only a date of birth. */
async function recordFirstChild(trx: Trx, childId: number, dob: IsoDate): Promise<void> {
  const known = await trx
    .selectFrom('relationship as r')
    .leftJoin('related_person as p', 'p.id', 'r.related_person_id')
    .leftJoin('child as baby', 'baby.id', 'r.related_child_id')
    .select('r.id')
    .where('r.child_id', '=', childId)
    .where('r.kind', '=', 'child')
    .where((eb) => eb.or([eb('p.date_of_birth', '=', dob), eb('baby.date_of_birth', '=', dob)]))
    .executeTakeFirst()
  if (known) return
  const person = await trx
    .insertInto('related_person')
    .values({ forename: NOT_RECORDED, surname: NOT_RECORDED, date_of_birth: dob })
    .returning('id')
    .executeTakeFirstOrThrow()
  await trx
    .insertInto('relationship')
    .values({ child_id: childId, related_person_id: person.id, kind: 'child' })
    .execute()
}

async function writePeriod(trx: Trx, childId: number, plan: PeriodPlan, problems: Problems): Promise<void> {
  const existing = await trx
    .selectFrom('period_of_care')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('start_date')
    .execute()
  const overlapping = existing.filter(
    (p) => (plan.end === null || p.start_date < plan.end) && (p.end_date === null || p.end_date > plan.start),
  )
  const containing = existing.find(
    (p) => p.start_date <= plan.start && (p.end_date === null || p.end_date > plan.start),
  )
  const target =
    overlapping.find((p) => p.start_date === plan.start) ??
    (plan.continues ? containing : undefined) ??
    (overlapping.length === 1 ? overlapping[0] : undefined)
  if (overlapping.some((p) => p !== target)) {
    problems.add(
      plan.source.file,
      plan.source.row,
      'DECOM',
      `This period of care overlaps ${overlapping.length} periods of care already recorded for the child; they cannot be matched.`,
    )
    return
  }
  if (target && (await knowsLater(trx, target, plan.knownUntil))) return
  const values = {
    end_date: plan.end,
    reason_ceased: plan.reasonCeased,
    category_of_need: plan.categoryOfNeed,
  }
  let periodId: number
  let from = plan.start
  if (target) {
    const start = plan.continues && target.start_date < plan.start ? target.start_date : plan.start
    await trx
      .updateTable('period_of_care')
      .set({ ...values, start_date: start })
      .where('id', '=', target.id)
      .execute()
    periodId = target.id
    if (!plan.continues) from = '0001-01-01'
    for (const table of ['legal_status', 'placement'] as const) {
      await trx
        .deleteFrom(table)
        .where('period_of_care_id', '=', periodId)
        .where('start_date', '>=', from)
        .execute()
      await trx
        .updateTable(table)
        .set({ end_date: plan.start })
        .where('period_of_care_id', '=', periodId)
        .where('start_date', '<', plan.start)
        .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', plan.start)]))
        .execute()
    }
  } else {
    periodId = (
      await trx
        .insertInto('period_of_care')
        .values({ child_id: childId, start_date: plan.start, ...values })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  }
  for (const spell of plan.legalStatuses) {
    await trx
      .insertInto('legal_status')
      .values({
        child_id: childId,
        period_of_care_id: periodId,
        code: spell.code,
        start_date: spell.start,
        end_date: spell.end,
      })
      .execute()
  }
  for (const spell of plan.placements) {
    await trx
      .insertInto('placement')
      .values({
        child_id: childId,
        period_of_care_id: periodId,
        placement_type: spell.type,
        provider: spell.provider,
        postcode: spell.postcode,
        urn: spell.urn,
        start_date: spell.start,
        end_date: spell.end,
        change_reason: spell.changeReason,
      })
      .execute()
  }
}

/**
 * The record already tells this period's story past the last year the import has for it (a later
 * return imported before, or what practitioners recorded since): the later account stands.
 */
async function knowsLater(trx: Trx, period: Period, knownUntil: IsoDate): Promise<boolean> {
  if (period.end_date !== null && period.end_date > knownUntil) return true
  for (const table of ['legal_status', 'placement'] as const) {
    const later = await trx
      .selectFrom(table)
      .select('id')
      .where('period_of_care_id', '=', period.id)
      .where('start_date', '>', knownUntil)
      .executeTakeFirst()
    if (later) return true
  }
  return false
}

/** Home postcodes: a spell already recorded with the same postcode on that day stands; otherwise the one in force ends there. */
async function writeHomes(trx: Trx, childId: number, homes: ChildPlan['homes']): Promise<void> {
  for (const home of homes) {
    const inForce = await trx
      .selectFrom('address')
      .selectAll()
      .where('child_id', '=', childId)
      .where('kind', '=', 'home')
      .where('start_date', '<=', home.start)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', home.start)]))
      .execute()
    if (inForce.some((a) => a.postcode === home.postcode)) continue
    for (const address of inForce) {
      if (address.start_date === home.start)
        await trx
          .deleteFrom('address')
          .where('id', '=', address.id)
          .where('recorded_by', '=', IMPORT_ACTOR_ID)
          .execute()
      else
        await trx.updateTable('address').set({ end_date: home.start }).where('id', '=', address.id).execute()
    }
    await trx
      .insertInto('address')
      .values({
        child_id: childId,
        kind: 'home',
        line1: NOT_RECORDED,
        town: NOT_RECORDED,
        postcode: home.postcode,
        start_date: home.start,
        end_date: home.end,
      })
      .execute()
  }
}

/** The period of care a date falls in (the later one on a day when one ends and the next begins). */
function periodOn(periods: readonly Period[], date: IsoDate): Period | undefined {
  return periods.filter((p) => p.start_date <= date && (p.end_date === null || p.end_date >= date)).at(-1)
}

async function writeReviews(
  trx: Trx,
  childId: number,
  child: ChildPlan,
  periods: readonly Period[],
  problems: Problems,
): Promise<number> {
  for (const review of child.reviews) {
    const period = periodOn(periods, review.date)
    if (!period) {
      noPeriod(
        problems,
        review.source,
        'REVIEW',
        `No period of care of child ${child.key} covers the review on ${review.date}.`,
      )
      continue
    }
    const existing = await trx
      .selectFrom('cla_review')
      .select('id')
      .where('child_id', '=', childId)
      .where('held_date', '=', review.date)
      .executeTakeFirst()
    const values = { period_of_care_id: period.id, participation: review.participation, cancelled: false }
    if (existing) await trx.updateTable('cla_review').set(values).where('id', '=', existing.id).execute()
    else
      await trx
        .insertInto('cla_review')
        .values({ child_id: childId, due_date: review.date, held_date: review.date, ...values })
        .execute()
  }
  return child.reviews.length
}

async function writeMissing(
  trx: Trx,
  childId: number,
  child: ChildPlan,
  periods: readonly Period[],
): Promise<number> {
  for (const missing of child.missing) {
    const values = {
      kind: missing.kind,
      end_date: missing.end,
      period_of_care_id: periodOn(periods, missing.start)?.id ?? null,
    }
    const existing = await trx
      .selectFrom('missing_episode')
      .select('id')
      .where('child_id', '=', childId)
      .where('start_date', '=', missing.start)
      .executeTakeFirst()
    if (existing) await trx.updateTable('missing_episode').set(values).where('id', '=', existing.id).execute()
    else
      await trx
        .insertInto('missing_episode')
        .values({ child_id: childId, start_date: missing.start, ...values })
        .execute()
  }
  return child.missing.length
}

/** UASC: DUC is when the status ceased; the 903 does not say when it began, so the first period of care stands for it. */
async function writeUasc(
  trx: Trx,
  childId: number,
  child: ChildPlan,
  periods: readonly Period[],
): Promise<void> {
  if (!child.uasc) return
  const { ceased, source } = child.uasc
  const existing = await trx
    .selectFrom('immigration_status')
    .select('id')
    .where('child_id', '=', childId)
    .where('status', '=', 'UASC')
    .orderBy('start_date', 'desc')
    .executeTakeFirst()
  if (existing) {
    await trx
      .updateTable('immigration_status')
      .set({ end_date: ceased })
      .where('id', '=', existing.id)
      .execute()
    return
  }
  const first = periods[0]?.start_date ?? collectionYear(source.year).start
  const start = ceased !== null && ceased < first ? ceased : first
  await trx
    .insertInto('immigration_status')
    .values({ child_id: childId, status: 'UASC', start_date: start, end_date: ceased })
    .execute()
}

/** The tables an OC2 row fills, each with the date its items are kept on. */
const OC2_TABLES = [
  ['sdq', 'completed_date'],
  ['health_check', 'done_date'],
  ['immunisation_status', 'recorded_date'],
  ['offence', 'offence_date'],
  ['substance_misuse', 'identified_date'],
] as const

/** OC2 items for a year are kept on 31 March of that year; a re-import replaces only what an import wrote there. */
async function writeOc2(trx: Trx, childId: number, child: ChildPlan): Promise<void> {
  for (const { year, values: v } of child.oc2) {
    const day = collectionYear(year).end
    const mine = { child_id: childId, recorded_by: IMPORT_ACTOR_ID }
    for (const [table, dated] of OC2_TABLES) {
      await sql`delete from ${sql.table(table)} where child_id = ${childId} and ${sql.ref(dated)} = ${day} and recorded_by = ${mine.recorded_by}`.execute(trx)
    }
    if (v.SDQ_SCORE !== '' || v.SDQ_REASON !== '') {
      await trx
        .insertInto('sdq')
        .values({
          child_id: childId,
          completed_date: day,
          score: v.SDQ_SCORE === '' ? null : Number(v.SDQ_SCORE),
          reason: v.SDQ_REASON === '' ? null : (v.SDQ_REASON ?? null),
        })
        .execute()
    }
    if (v.HEALTH_CHECK === '1' || v.HEALTH_ASSESSMENT === '1') {
      await trx
        .insertInto('health_check')
        .values({ child_id: childId, kind: 'review_health', done_date: day, status: 'completed' })
        .execute()
    }
    if (v.TEETH_CHECK === '1')
      await trx
        .insertInto('health_check')
        .values({ child_id: childId, kind: 'dental', done_date: day, status: 'completed' })
        .execute()
    if (v.IMMUNISATIONS !== '')
      await trx
        .insertInto('immunisation_status')
        .values({ child_id: childId, up_to_date: v.IMMUNISATIONS === '1', recorded_date: day })
        .execute()
    if (v.CONVICTED === '1')
      await trx
        .insertInto('offence')
        .values({
          child_id: childId,
          offence_date: day,
          description: 'Convicted during the year (from the 903 return)',
        })
        .execute()
    if (v.SUBSTANCE_MISUSE === '1') {
      await trx
        .insertInto('substance_misuse')
        .values({
          child_id: childId,
          identified_date: day,
          substance: NOT_RECORDED,
          intervention_offered: v.INTERVENTION_OFFERED === '1',
          intervention_received: v.INTERVENTION_RECEIVED === '1',
        })
        .execute()
    }
  }
}

async function writeOc3(trx: Trx, childId: number, child: ChildPlan): Promise<void> {
  if (child.oc3.length === 0) return
  const leaver = await trx
    .selectFrom('care_leaver')
    .select('id')
    .where('child_id', '=', childId)
    .executeTakeFirst()
  if (!leaver)
    await trx
      .insertInto('care_leaver')
      .values({ child_id: childId, eligibility: 'former_relevant' })
      .execute()
  for (const contact of child.oc3) {
    const values = {
      in_touch: contact.inTouch,
      activity: contact.activity,
      accommodation: contact.accommodation,
      accommodation_suitable: contact.suitable,
    }
    const existing = await trx
      .selectFrom('care_leaver_contact')
      .select('id')
      .where('child_id', '=', childId)
      .where('contact_date', '=', contact.contactDate)
      .executeTakeFirst()
    if (existing)
      await trx.updateTable('care_leaver_contact').set(values).where('id', '=', existing.id).execute()
    else
      await trx
        .insertInto('care_leaver_contact')
        .values({ child_id: childId, contact_date: contact.contactDate, ...values })
        .execute()
  }
}

async function writeAdoptions(
  trx: Trx,
  childId: number,
  child: ChildPlan,
  periods: readonly Period[],
  problems: Problems,
): Promise<number> {
  for (const journey of child.adoptions) {
    const adoptedIn = journey.adopted ? collectionYear(journey.adopted.year) : null
    const period =
      (adoptedIn
        ? periods.find(
            (p) =>
              p.end_date !== null &&
              p.end_date >= adoptedIn.start &&
              p.end_date <= adoptedIn.end &&
              ADOPTED.includes(p.reason_ceased ?? ''),
          )
        : undefined) ??
      periodOn(periods, journey.decisionDate) ??
      periods.filter((p) => p.start_date <= journey.decisionDate).at(-1)
    if (!period) {
      noPeriod(
        problems,
        journey.source,
        journey.source.file.endsWith('ad1.csv') ? 'DATE_INT' : 'DATE_PLACED',
        `No period of care of child ${child.key} began by the decision on ${journey.decisionDate}.`,
      )
      continue
    }
    const values = {
      period_of_care_id: period.id,
      ...(journey.adopted
        ? {
            matched_date: journey.adopted.matched,
            adopted_by_foster_carer: journey.adopted.fosterCarer,
            adopters_count: journey.adopted.count,
            adopters_sex: journey.adopted.sex,
            adopters_legal_status: journey.adopted.legalStatus,
          }
        : {}),
      ...(journey.reversed
        ? { reversed_date: journey.reversed.date, reversed_reason: journey.reversed.reason }
        : {}),
    }
    const existing = await trx
      .selectFrom('adoption_journey')
      .select('id')
      .where('child_id', '=', childId)
      .where('adm_decision_date', '=', journey.decisionDate)
      .executeTakeFirst()
    if (existing)
      await trx.updateTable('adoption_journey').set(values).where('id', '=', existing.id).execute()
    else
      await trx
        .insertInto('adoption_journey')
        .values({ child_id: childId, adm_decision_date: journey.decisionDate, ...values })
        .execute()
  }
  return child.adoptions.length
}

/** PrevPerm belongs to the latest period of care that began in its year. */
async function writePreviousPermanence(
  trx: Trx,
  childId: number,
  child: ChildPlan,
  periods: readonly Period[],
  problems: Problems,
): Promise<void> {
  for (const previous of child.previousPermanence) {
    const { start, end } = collectionYear(previous.year)
    const period = periods.filter((p) => p.start_date >= start && p.start_date <= end).at(-1)
    if (!period) {
      noPeriod(
        problems,
        previous.source,
        'PREV_PERM',
        `No period of care of child ${child.key} began in the year; PrevPerm is only for a child who started one.`,
      )
      continue
    }
    const values = {
      code: previous.code,
      arranging_la: previous.arrangingLa,
      order_month: previous.orderMonth,
      order_day_known: previous.dayKnown,
    }
    const existing = await trx
      .selectFrom('previous_permanence')
      .select('id')
      .where('period_of_care_id', '=', period.id)
      .executeTakeFirst()
    if (existing)
      await trx.updateTable('previous_permanence').set(values).where('id', '=', existing.id).execute()
    else
      await trx
        .insertInto('previous_permanence')
        .values({ child_id: childId, period_of_care_id: period.id, ...values })
        .execute()
  }
}

function noPeriod(problems: Problems, source: Source, column: string, message: string): void {
  problems.add(source.file, source.row, column, message)
}
