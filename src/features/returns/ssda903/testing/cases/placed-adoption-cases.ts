import { addRow, removeRows, rowOf, type Fixture } from '../clean-return.ts'
import type { RuleCase } from '../rule-cases.ts'

const decision = (f: Fixture, values: Record<string, string>) => Object.assign(rowOf(f.current, 'PlacedAdoption', 'C3'), values)
const episode = (f: Fixture, child: string, n: number, values: Record<string, string>) => Object.assign(rowOf(f.current, 'Episodes', child, n), values)
const anotherDecision = (target: Fixture['current'], f: Fixture, values: Record<string, string>) =>
  addRow(target, 'PlacedAdoption', { CHILD: 'C3', DOB: rowOf(f.current, 'Header', 'C3').DOB as string, ...values })

export const placedAdoptionCases: RuleCase[] = [
  { code: '115', when: 'DATE_PLACED uses hyphens', mutate: (f) => decision(f, { DATE_PLACED: '20-04-2025' }), expect: { table: 'PlacedAdoption', child: 'C3' } },
  { code: '116', when: 'DATE_PLACED_CEASED is not a date', mutate: (f) => decision(f, { DATE_PLACED_CEASED: 'x', REASON_PLACED_CEASED: 'RD1' }) },
  { code: '120', when: 'the reason for reversal is not a code', mutate: (f) => decision(f, { REASON_PLACED_CEASED: 'RD9' }) },
  { code: '119', when: 'a reversal date has no reason', mutate: (f) => decision(f, { DATE_PLACED_CEASED: f.date(0, 9, 1) }) },
  { code: '117', when: 'the reversal is after the child left care', mutate: (f) => decision(f, { DATE_PLACED_CEASED: f.date(1, 3, 1), REASON_PLACED_CEASED: 'RD1' }) },
  { code: '118', when: 'the reversal is before the year', mutate: (f) => decision(f, { DATE_PLACED_CEASED: f.date(-1, 3, 1), REASON_PLACED_CEASED: 'RD1' }) },
  { code: '184', when: 'the decision is before the child was born', mutate: (f) => decision(f, { DATE_PLACED: f.date(-3, 1, 1) }) },
  { code: '551', when: 'a child placed for adoption has no decision', mutate: (f) => removeRows(f.current, 'PlacedAdoption', () => true), expect: { table: 'Episodes', child: 'C3' } },
  { code: '552', when: 'the decision is after the adoption placement began', mutate: (f) => decision(f, { DATE_PLACED: f.date(0, 8, 10) }) },
  { code: '553', when: 'a child with a placement order has no decision', mutate: (f) => removeRows(f.current, 'PlacedAdoption', () => true) },
  { code: '554', when: 'the decision is after the placement order', mutate: (f) => decision(f, { DATE_PLACED: f.date(0, 5, 10) }) },
  { code: '555', when: 'a child with a freeing order has no decision', mutate: (f) => episode(f, 'C1', 0, { LS: 'D1' }) },
  {
    code: '556',
    when: 'the decision is after the freeing order',
    mutate: (f) => {
      episode(f, 'C3', 1, { LS: 'D1' })
      decision(f, { DATE_PLACED: f.date(0, 5, 10) })
    },
  },
  { code: '557', when: 'a child on the adoption path left care otherwise and the decision is not reversed', mutate: (f) => episode(f, 'C3', 2, { REC: 'E13' }) },
  { code: '558', when: 'an adopted child’s decision is recorded as reversed', mutate: (f) => decision(f, { DATE_PLACED_CEASED: f.date(0, 9, 1), REASON_PLACED_CEASED: 'RD1' }) },
  { code: '563', when: 'a reversal has no decision date', mutate: (f) => anotherDecision(f.current, f, { DATE_PLACED_CEASED: f.date(0, 9, 1), REASON_PLACED_CEASED: 'RD4' }) },
  { code: '579', when: 'a second decision starts while the first is open', mutate: (f) => anotherDecision(f.current, f, { DATE_PLACED: f.date(0, 6, 1) }) },
  { code: '583', when: 'an earlier decision was never revoked', mutate: (f) => anotherDecision(f.current, f, { DATE_PLACED: f.date(0, 6, 1) }) },
  { code: '1003', when: 'the decision is before the period of care began', mutate: (f) => decision(f, { DATE_PLACED: f.date(-1, 11, 1) }) },
  { code: '559', when: "a decision from before the year is not in last year's return", mutate: (f) => decision(f, { DATE_PLACED: f.date(-1, 12, 20) }) },
  { code: '560', when: "last year's open decision has a different date this year", mutate: (f) => anotherDecision(f.previous, f, { DATE_PLACED: f.date(-1, 12, 20) }) },
  {
    code: '561',
    when: 'a decision reversed last year is reported again',
    mutate: (f) => {
      anotherDecision(f.current, f, { DATE_PLACED: f.date(-1, 12, 20), DATE_PLACED_CEASED: f.date(-1, 12, 30), REASON_PLACED_CEASED: 'RD1' })
      anotherDecision(f.previous, f, { DATE_PLACED: f.date(-1, 12, 20), DATE_PLACED_CEASED: f.date(-1, 12, 30), REASON_PLACED_CEASED: 'RD1' })
    },
  },
]
