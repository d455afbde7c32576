import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  TIMESCALE_RULES,
  type DeadlineRule,
  type LimitRule,
  type TimescaleRuleId,
} from './timescale-rules.ts'

const rules = Object.entries(TIMESCALE_RULES) as Array<[TimescaleRuleId, DeadlineRule | LimitRule]>

// Each row of csc-definitions.md §3.2, and §3.1 rows 5 and 8 (the DfE clocks), with the rules declaring it.
const SECTION_3_2: Record<string, TimescaleRuleId[]> = {
  'Decision on a referral': ['contact-decision'],
  'Strategy discussion': ['strategy-discussion'],
  Assessment: [
    'assessment-from-referral',
    'assessment-from-start',
    'assessment-manager-review-10',
    'assessment-manager-review-20',
  ],
  ICPC: ['icpc-from-strategy-discussion', 'icpc-from-s47-start'],
  'First core group': ['core-group-first', 'core-group-next'],
  'First RCPC, then later RCPCs': ['cp-review-first', 'cp-review-next'],
  'Pre-birth ICPC review': ['cp-review-pre-birth'],
  'CLA statutory visits (reg 28)': [
    'cla-visit-placement-start',
    'cla-visit-first-year',
    'cla-visit-long-term',
    'cla-visit-after-first-year',
    'cla-visit-weekly-until-review',
    'cla-visit-parent-after-review',
    'cla-visit-four-weekly-after-review',
    'cla-visit-care-order-made',
    'cla-visit-care-order-at-home',
  ],
  'CLA reviews': ['cla-review-first', 'cla-review-second', 'cla-review-next'],
  'Initial health assessment': ['health-initial'],
  'Review health assessment': ['health-review-under-5', 'health-review-5-and-over'],
  'Personal education plan': ['pep-initial'],
  'Return home interview': ['return-interview'],
  'Care and supervision proceedings': ['care-proceedings'],
  'Pathway plan': ['pathway-plan-review'],
  'Personal adviser visits': ['pa-visit-after-move', 'pa-contact'],
  'Early help': [
    'early-help-assessment',
    'early-help-plan',
    'early-help-review-first',
    'early-help-review-next',
  ],
  'Short breaks excluded from CLA care planning': ['short-breaks-limit'],
}

// Rules with no row in §3.2: local practice the council sets, each saying so in its source.
const LOCAL_ONLY: Record<string, TimescaleRuleId[]> = {
  'Child in need plan reviews (Working Together leaves the interval to local procedure)': ['cin-review-first', 'cin-review-next'],
}

// Source keys that resolve in csc-definitions.md §7, or name a council report in shared/seeds (S002),
// or say the interval is the local default with no published source (LOCAL).
const KNOWN_SOURCE_KEYS = new Set([
  'LOCAL',
  'S002',
  'A14',
  'I2',
  'I3',
  'I4',
  'I18',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'T13',
  'T14',
  'T15',
  'T16',
  'T19',
  'T21',
])

test('every timescale in csc-definitions.md §3.2 is declared, and every declared rule belongs to one (or is local only)', () => {
  const listed = [...Object.values(SECTION_3_2), ...Object.values(LOCAL_ONLY)].flat()
  assert.deepEqual([...listed].sort(), rules.map(([id]) => id).sort())
})

test('every rule cites at least one source key that resolves in csc-definitions.md', () => {
  for (const [id, rule] of rules) {
    assert.ok(rule.source.keys.length > 0, id)
    for (const key of rule.source.keys)
      assert.ok(KNOWN_SOURCE_KEYS.has(key), `${id} cites unknown source ${key}`)
  }
})

test('every deadline has a whole, positive interval', () => {
  for (const [id, rule] of rules) {
    if (rule.kind !== 'deadline') continue
    assert.ok(Number.isInteger(rule.interval.count) && rule.interval.count > 0, id)
  }
})

test('no two rules share a name, so every item on a page is told apart by its label', () => {
  const names = rules.map(([, rule]) => rule.name)
  assert.equal(new Set(names).size, names.length)
})

test('the two assessment clocks are Working Together from the referral and DfE from the start, both 45 working days', () => {
  const { 'assessment-from-referral': wt, 'assessment-from-start': dfe } = TIMESCALE_RULES
  assert.deepEqual(
    [wt.clock, wt.anchor, wt.interval],
    ['working_together', 'Referral', { count: 45, unit: 'working_days' }],
  )
  assert.deepEqual(
    [dfe.clock, dfe.anchor, dfe.interval],
    ['dfe', 'Assessment started', { count: 45, unit: 'working_days' }],
  )
})

test('the two initial conference clocks are Working Together from the strategy discussion and DfE from the S47 start', () => {
  const { 'icpc-from-strategy-discussion': wt, 'icpc-from-s47-start': dfe } = TIMESCALE_RULES
  assert.deepEqual([wt.clock, wt.interval], ['working_together', { count: 15, unit: 'working_days' }])
  assert.deepEqual([dfe.clock, dfe.interval], ['dfe', { count: 15, unit: 'working_days' }])
})

test('reg 28 visit rules each cite their paragraph of the regulation', () => {
  for (const [id, rule] of rules) {
    if (!id.startsWith('cla-visit')) continue
    assert.deepEqual(rule.source.keys, ['T7'], id)
    assert.match(rule.source.provision ?? '', /^reg 28\(/, id)
  }
})

test('a rule citing no published source is a local-only rule on the local clock, and says it is local procedure', () => {
  const localOnly = new Set(Object.values(LOCAL_ONLY).flat())
  for (const [id, rule] of rules) {
    if (!rule.source.keys.includes('LOCAL')) continue
    assert.ok(localOnly.has(id), `${id} cites LOCAL but is not a local-only rule`)
    assert.equal(rule.clock, 'local', id)
    assert.match(rule.source.document, /^Local procedure/, id)
  }
})

test('child in need plan reviews are 3-monthly local practice: the first from the start of the plan, then from the last review', () => {
  const { 'cin-review-first': first, 'cin-review-next': next } = TIMESCALE_RULES
  assert.deepEqual([first.clock, first.anchor, first.interval], ['local', 'Child in need plan started', { count: 3, unit: 'months' }])
  assert.deepEqual([next.clock, next.anchor, next.interval], ['local', 'Previous child in need plan review', { count: 3, unit: 'months' }])
})

test('early help, child in need review, core group, pre-birth and strategy discussion timescales are marked as local practice', () => {
  const local = rules
    .filter(([, rule]) => rule.clock === 'local')
    .map(([id]) => id)
    .sort()
  assert.deepEqual(local, [
    'assessment-manager-review-10',
    'assessment-manager-review-20',
    'cin-review-first',
    'cin-review-next',
    'core-group-first',
    'core-group-next',
    'cp-review-pre-birth',
    'early-help-assessment',
    'early-help-plan',
    'early-help-review-first',
    'early-help-review-next',
    'strategy-discussion',
  ])
})
