// Small builders shared by the indicator declarations.
import { addMonths, type IsoDate } from '../../../platform/time/dates.ts'
import type { Counted, Item } from './indicator.ts'
import type { RecordIndex } from './record-index.ts'

export function childItem(record: RecordIndex, childId: number, on: IsoDate, extra?: Partial<Item>): Item {
  const base = record.childItemOn(childId, on, () => {
    const allocation = record.allocationOn(childId, on)
    return {
      key: `child:${childId}`,
      childId,
      on,
      workerId: allocation?.workerId ?? null,
      teamId: allocation?.teamId ?? null,
    } satisfies Item
  })
  return extra ? { ...base, ...extra } : base
}

const NO_EXTRA: Partial<Item> = Object.freeze({})

export function eventItem(
  record: RecordIndex,
  kind: string,
  id: number,
  childId: number,
  on: IsoDate,
  extra: Partial<Item> = NO_EXTRA,
): Item {
  const base = childItem(record, childId, on)
  // Built field by field (the same shape as spreading the child's item): tens of thousands a scorecard.
  const item: Item = { key: `${kind}:${id}`, childId, on, workerId: base.workerId, teamId: base.teamId }
  return extra === NO_EXTRA ? item : { ...item, ...extra }
}

/** The item for one row of the record, made once: a row counted at twelve trend points is one item. */
export function rowItem(cache: WeakMap<object, Item>, row: object, make: () => Item): Item {
  let item = cache.get(row)
  if (!item) cache.set(row, (item = make()))
  return item
}

/** Numerator = the denominator items that pass the test. */
export function share(denominator: Item[], passes: (item: Item) => boolean): Counted {
  return { numerator: denominator.filter(passes), denominator }
}

export function only(numerator: Item[]): Counted {
  return { numerator, denominator: [] }
}

/** The 3 years ending on the date (adoption scorecard periods). */
export function threeYearsFrom(date: IsoDate): IsoDate {
  return addMonths(date, -36)
}

export const FOSTER_TYPES: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6'])
export const CONNECTED_TYPES: ReadonlySet<string> = new Set(['U1', 'U2', 'U3'])
export const EET_ACTIVITIES: ReadonlySet<string> = new Set(['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5'])
