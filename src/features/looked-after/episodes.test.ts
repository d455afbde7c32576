import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../../platform/time/dates.ts'
import {
  deriveEpisodes,
  type EpisodeSources,
  type LegalStatusSpell,
  type PeriodOfCareSpan,
  type PlacementSpell,
} from './episodes.ts'

const period = (overrides: Partial<PeriodOfCareSpan> = {}): PeriodOfCareSpan => ({
  startDate: '2025-05-01',
  endDate: null,
  reasonCeased: null,
  categoryOfNeed: 'N1',
  ...overrides,
})

const legal = (code: string, startDate: string, endDate: string | null = null): LegalStatusSpell => ({ code, startDate, endDate })

const placed = (placementType: string, startDate: string, endDate: string | null, more: Partial<PlacementSpell> = {}): PlacementSpell => ({
  placementType,
  provider: 'PR1',
  carerId: null,
  postcode: 'TS1 1AA',
  urn: 'SC123456',
  startDate,
  endDate,
  changeReason: null,
  ...more,
})

/** The episode chain as compact tuples, easy to compare in one assertion. */
function chain(sources: EpisodeSources) {
  return deriveEpisodes(sources).map((e) => [e.decom, e.rne, e.legalStatus?.code ?? null, e.placement?.placementType ?? null, e.dec, e.rec])
}

describe('deriveEpisodes', () => {
  test('a period with one legal status and one placement is one open S episode', () => {
    assert.deepEqual(chain({ period: period(), legalStatuses: [legal('C2', '2025-05-01')], placements: [placed('U4', '2025-05-01', null)] }), [
      ['2025-05-01', 'S', 'C2', 'U4', null, null],
    ])
  })

  test('a change of legal status alone starts an L episode the day the previous one ends with X1', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('V2', '2025-05-01', '2025-06-10'), legal('C1', '2025-06-10')],
      placements: [placed('U6', '2025-05-01', null)],
    }
    assert.deepEqual(chain(sources), [
      ['2025-05-01', 'S', 'V2', 'U6', '2025-06-10', 'X1'],
      ['2025-06-10', 'L', 'C1', 'U6', null, null],
    ])
  })

  test('a move to another carer is P and the reason for the change sits on the episode that ends', () => {
    const episodes = deriveEpisodes({
      period: period(),
      legalStatuses: [legal('C2', '2025-05-01')],
      placements: [placed('U6', '2025-05-01', '2025-07-01', { carerId: 1, changeReason: 'CLOSE' }), placed('U4', '2025-07-01', null, { carerId: 2 })],
    })
    assert.deepEqual(
      episodes.map((e) => [e.rne, e.rec, e.reasonPlaceChange]),
      [
        ['S', 'X1', 'CLOSE'],
        ['P', null, null],
      ],
    )
  })

  test('a change of placement with the same carer is T', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('C2', '2025-05-01')],
      placements: [placed('U6', '2025-05-01', '2025-07-01', { carerId: 7 }), placed('U4', '2025-07-01', null, { carerId: 7 })],
    }
    assert.deepEqual(
      chain(sources).map((e) => e[1]),
      ['S', 'T'],
    )
  })

  test('legal status and placement changing on the same day make one B episode, not two', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('C1', '2025-05-01', '2025-08-01'), legal('E1', '2025-08-01')],
      placements: [placed('U6', '2025-05-01', '2025-08-01', { carerId: 1 }), placed('A6', '2025-08-01', null, { carerId: 2 })],
    }
    assert.deepEqual(chain(sources), [
      ['2025-05-01', 'S', 'C1', 'U6', '2025-08-01', 'X1'],
      ['2025-08-01', 'B', 'E1', 'A6', null, null],
    ])
  })

  test('legal status and placement changing on the same day with the same carer make one U episode', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('C1', '2025-05-01', '2025-08-01'), legal('E1', '2025-08-01')],
      placements: [placed('U5', '2025-05-01', '2025-08-01', { carerId: 3 }), placed('A5', '2025-08-01', null, { carerId: 3 })],
    }
    assert.deepEqual(
      chain(sources).map((e) => e[1]),
      ['S', 'U'],
    )
  })

  test('two placement changes on one day leave no zero-length episode', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('C1', '2025-05-01', '2025-09-01'), legal('C2', '2025-09-01')],
      placements: [
        placed('U6', '2025-05-01', '2025-09-01', { carerId: 1 }),
        placed('K2', '2025-09-01', '2025-09-01', { carerId: 2 }),
        placed('U4', '2025-09-01', null, { carerId: 3 }),
      ],
    }
    assert.deepEqual(chain(sources), [
      ['2025-05-01', 'S', 'C1', 'U6', '2025-09-01', 'X1'],
      ['2025-09-01', 'B', 'C2', 'U4', null, null],
    ])
  })

  test('a period that starts with a same-day change of both spells is still one S episode', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('L1', '2025-05-01', '2025-05-01'), legal('C1', '2025-05-01')],
      placements: [placed('U6', '2025-05-01', null)],
    }
    assert.deepEqual(chain(sources), [['2025-05-01', 'S', 'C1', 'U6', null, null]])
  })

  test('a renewed spell with the same legal status code does not start an episode', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('C1', '2025-05-01', '2025-06-01'), legal('C1', '2025-06-01')],
      placements: [placed('U6', '2025-05-01', null)],
    }
    assert.equal(chain(sources).length, 1)
  })

  test('the last episode of an ended period carries the period end date and reason ceased', () => {
    const sources = {
      period: period({ endDate: '2025-12-01', reasonCeased: 'E4A' }),
      legalStatuses: [legal('V2', '2025-05-01', '2025-12-01')],
      placements: [placed('U6', '2025-05-01', '2025-10-01', { carerId: 1 }), placed('K2', '2025-10-01', '2025-12-01', { carerId: 2 })],
    }
    assert.deepEqual(chain(sources), [
      ['2025-05-01', 'S', 'V2', 'U6', '2025-10-01', 'X1'],
      ['2025-10-01', 'P', 'V2', 'K2', '2025-12-01', 'E4A'],
    ])
  })

  test('no reason for placement change is recorded into or out of a temporary placement', () => {
    const episodes = deriveEpisodes({
      period: period(),
      legalStatuses: [legal('C2', '2025-05-01')],
      placements: [
        placed('U4', '2025-05-01', '2025-08-01', { carerId: 1, changeReason: 'OTHER' }),
        placed('T1', '2025-08-01', '2025-08-05', { changeReason: 'OTHER' }),
        placed('U4', '2025-08-05', null, { carerId: 1 }),
      ],
    })
    assert.deepEqual(
      episodes.map((e) => [e.placement?.placementType, e.rne, e.reasonPlaceChange]),
      [
        ['U4', 'S', null],
        ['T1', 'P', null],
        ['U4', 'P', null],
      ],
    )
  })

  test('the home postcode is the one in force when the episode starts', () => {
    const episodes = deriveEpisodes({
      period: period(),
      legalStatuses: [legal('C2', '2025-05-01', '2025-07-01'), legal('C1', '2025-07-01')],
      placements: [placed('U6', '2025-05-01', null)],
      homeAddresses: [
        { postcode: 'TS1 2AB', startDate: '2020-01-01', endDate: '2025-06-15' },
        { postcode: 'TS3 4CD', startDate: '2025-06-15', endDate: null },
      ],
    })
    assert.deepEqual(
      episodes.map((e) => e.homePostcode),
      ['TS1 2AB', 'TS3 4CD'],
    )
  })

  test('a gap in the placement record gives an episode with no placement rather than inventing one', () => {
    const sources = {
      period: period(),
      legalStatuses: [legal('C2', '2025-05-01')],
      placements: [placed('U6', '2025-06-01', null)],
    }
    assert.deepEqual(chain(sources), [
      ['2025-05-01', 'S', 'C2', null, '2025-06-01', 'X1'],
      ['2025-06-01', 'P', 'C2', 'U6', null, null],
    ])
  })

  test('spells outside the period are ignored', () => {
    const sources = {
      period: period({ endDate: '2025-09-01', reasonCeased: 'E13' }),
      legalStatuses: [legal('C2', '2024-01-01', '2025-01-01'), legal('V2', '2025-05-01', '2025-09-01'), legal('C1', '2025-09-01')],
      placements: [placed('U6', '2025-05-01', null)],
    }
    assert.deepEqual(chain(sources), [['2025-05-01', 'S', 'V2', 'U6', '2025-09-01', 'E13']])
  })

  test('any arrangement of spells gives a contiguous chain: S first, X1 between, no zero-length episodes', () => {
    const day = fc.integer({ min: 0, max: 60 })
    const spell = fc.tuple(day, fc.integer({ min: 0, max: 30 }), fc.boolean())
    fc.assert(
      fc.property(
        fc.array(spell, { maxLength: 6 }),
        fc.array(fc.tuple(spell, fc.constantFrom('U4', 'U6', 'K2', 'T1'), fc.option(fc.integer({ min: 1, max: 3 }))), { maxLength: 6 }),
        fc.option(fc.integer({ min: 1, max: 80 })),
        (legals, places, length) => {
          const start = '2025-04-01'
          const end = length === null ? null : addDays(start, length)
          const at = (offset: number) => addDays(start, offset)
          const episodes = deriveEpisodes({
            period: period({ startDate: start, endDate: end, reasonCeased: end ? 'E8' : null }),
            legalStatuses: legals.map(([from, span, open], i) => legal(['C1', 'C2', 'V2'][i % 3] as string, at(from), open ? null : at(from + span))),
            placements: places.map(([[from, span, open], type, carer]) => placed(type, at(from), open ? null : at(from + span), { carerId: carer })),
          })
          assert.ok(episodes.length >= 1)
          assert.equal(episodes[0]?.rne, 'S')
          assert.equal(episodes[0]?.decom, start)
          episodes.forEach((episode, i) => {
            const next = episodes[i + 1]
            if (next) {
              assert.equal(episode.rec, 'X1')
              assert.equal(episode.dec, next.decom)
              assert.notEqual(next.rne, 'S')
            } else {
              assert.equal(episode.dec, end)
            }
            if (episode.dec !== null) assert.ok(episode.dec > episode.decom, 'no zero-length episodes')
          })
        },
      ),
    )
  })
})
