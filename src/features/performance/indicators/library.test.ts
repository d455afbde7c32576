import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { main } from '../../../cli/main.ts'
import { SCORECARDS } from '../scorecards/scorecard-definitions.ts'
import { BREAKDOWNS } from './indicator.ts'
import { findIndicator, INDICATORS } from './library.ts'

describe('the indicator library', () => {
  it('declares all 25 headline indicators of csc-definitions.md §3.1', () => {
    const rows = new Set(INDICATORS.map((i) => i.headlineRow).filter((r) => r !== undefined))
    assert.deepEqual(
      [...rows].sort((a, b) => (a ?? 0) - (b ?? 0)),
      Array.from({ length: 25 }, (_, i) => i + 1),
    )
  })

  it('declares the seven proxy indicators of the board report', () => {
    assert.equal(INDICATORS.filter((i) => i.group === 'proxy').length, 7)
  })

  it('declares the practice measures the reports track', () => {
    for (const id of [
      'cla_seen_6_weeks',
      'monthly_oversight',
      'pep_6_months',
      'cla_health_assessments',
      'cla_dental_checks',
      'caseload_per_fte',
      'early_help_caseload',
      'placed_with_parents',
      'connected_carers',
      'in_house_foster_share',
      'external_residential',
      'cla_entries',
      'cla_exits',
      'missing_episodes',
      'sw_change_12m',
    ]) {
      assert.ok(findIndicator(id), id)
    }
  })

  it('gives every indicator a unique id, a definition, a source and known breakdowns', () => {
    assert.equal(new Set(INDICATORS.map((i) => i.id)).size, INDICATORS.length)
    for (const i of INDICATORS) {
      assert.ok(i.definition.length > 20 && i.source.length > 3, i.id)
      for (const b of i.breakdowns) assert.ok((BREAKDOWNS as readonly string[]).includes(b), `${i.id}: ${b}`)
    }
  })

  it('names only declared indicators in the scorecards', () => {
    for (const card of SCORECARDS)
      for (const id of card.indicatorIds) assert.ok(findIndicator(id), `${card.id}: ${id}`)
  })

  it('prints the library as JSON from the command line', async () => {
    let out = ''
    const code = await main(['indicators', '--json'], { out: (t) => (out += t), err: () => {}, env: {} })
    assert.equal(code, 0)
    const library = JSON.parse(out) as Array<{ id: string; polarity: string }>
    assert.equal(library.length, INDICATORS.length)
    assert.equal(library.find((i) => i.id === 'rereferrals_12m')?.polarity, 'lower')
  })

  it('refuses a scorecard command without a real date', async () => {
    let err = ''
    const code = await main(
      [
        'scorecard',
        '--as-at',
        '2025-02-30',
        '--audience',
        'leadership',
        '--format',
        'json',
        '--out',
        '/tmp/x.json',
      ],
      { out: () => {}, err: (t) => (err += t), env: {} },
    )
    assert.equal(code, 2)
    assert.match(err, /--as-at must be a real date/)
  })
})
