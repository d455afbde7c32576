// A few records corrected after the event, as happens in every case record: an assessment's
// authorisation date keyed wrongly, a placement invoice re-costed, a referral's primary need
// re-categorised, a review date mistyped. Each correction is its own back-dated change (writeAs
// with `at`), so record_history keeps the value as first recorded and "as recorded at" reporting
// before the correction still sees it.
import { addDays } from './calendar.ts'
import { sql, type Kysely } from 'kysely'
import type { DB } from '../../db/schema.ts'
import { writeAs } from '../../db/write.ts'
import { type IsoDate } from '../../platform/time/dates.ts'
import type { Random } from './random.ts'

const CORRECTOR = { id: 'system:seed-correction' }

type Correctable = 'assessment' | 'placement' | 'referral' | 'cla_review'

interface Candidate {
  id: number
  recorded_at: Date | string
  day: string | null
}

const CORRECTIONS: Record<Correctable, { day: string; where: string; change: (rng: Random, c: Candidate) => Record<string, unknown> }> = {
  assessment: { day: 'authorised_date', where: 'authorised_date is not null', change: (rng, c) => ({ authorised_date: addDays(c.day as IsoDate, rng.between(1, 4)) }) },
  placement: { day: 'start_date', where: 'weekly_cost > 0', change: (rng) => ({ weekly_cost: sql`round(weekly_cost * ${1 + rng.between(2, 9) / 100}, 2)` }) },
  referral: { day: 'referral_date', where: "primary_need in ('N4', 'N5')", change: () => ({ primary_need: 'N1' }) },
  cla_review: { day: 'held_date', where: 'held_date is not null', change: (rng, c) => ({ held_date: addDays(c.day as IsoDate, -rng.between(1, 3)) }) },
}

/** Applies about 15 corrections per table per unit of scale (capped), each at a later date. */
export async function applyCorrections(db: Kysely<DB>, rng: Random, options: { scale: number; today: IsoDate }): Promise<number> {
  let applied = 0
  const perTable = Math.max(1, Math.round(15 * Math.min(options.scale, 20)))
  for (const [table, how] of Object.entries(CORRECTIONS) as Array<[Correctable, (typeof CORRECTIONS)[Correctable]]>) {
    const max = Number((await sql<{ n: number | null }>`select max(id) as n from ${sql.table(table)}`.execute(db)).rows[0]?.n ?? 0)
    if (max === 0) continue
    const ids = [...new Set(Array.from({ length: perTable * 3 }, () => rng.between(1, max)))].sort((a, b) => a - b)
    const found = await sql<Candidate>`select id, recorded_at, ${sql.ref(how.day)}::text as day from ${sql.table(table)}
      where id = any(${ids}) and ${sql.raw(how.where)} order by id`.execute(db)
    for (const candidate of found.rows.slice(0, perTable)) {
      const recorded = new Date(candidate.recorded_at)
      const at = new Date(recorded.getTime() + rng.between(7, 240) * 86_400_000)
      if (at.toISOString().slice(0, 10) > options.today || candidate.day === null) continue
      const change = how.change(rng, candidate)
      if (typeof change.held_date === 'string' && change.held_date > options.today) continue
      await writeAs(db, CORRECTOR, (trx) => trx.updateTable(table).set(change as never).where('id', '=', candidate.id).execute(), { at })
      applied++
    }
  }
  return applied
}
