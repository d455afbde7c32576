import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { arrayLiteral, copyText, parentsFirst, SeedBatcher, type Catalogue } from './writer.ts'

describe('seed writer', () => {
  it('writes PostgreSQL array literals, quoting and escaping text', () => {
    assert.equal(arrayLiteral([1, null, 3]), '{1,NULL,3}')
    assert.equal(arrayLiteral([true, false, undefined]), '{true,false,NULL}')
    assert.equal(arrayLiteral(['a', 'b "c"', 'd\\e', 'NULL']), '{"a","b \\"c\\"","d\\\\e","NULL"}')
  })

  it("writes COPY's text format: \\N for null, backslash, tab and line breaks escaped", () => {
    assert.equal(copyText(null), '\\N')
    assert.equal(copyText(undefined), '\\N')
    assert.equal(copyText(false), 'false')
    assert.equal(copyText(12.5), '12.5')
    assert.equal(copyText('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e')
    assert.equal(copyText({ x: 'y' }), '{"x":"y"}')
  })

  it('batches rows parents first, as one COPY per table on PGlite and unnest inserts elsewhere', () => {
    const catalogue: Catalogue = {
      order: ['team', 'worker'],
      tables: new Map([
        ['team', { columns: new Map([['id', 'int4'], ['name', 'text']]) }],
        ['worker', { columns: new Map([['id', 'int4'], ['team_id', 'int4'], ['name', 'text']]) }],
      ]),
    }
    const fill = (batcher: SeedBatcher) => {
      batcher.add('worker' as never, { id: 1, team_id: 1, name: 'A\tB' } as never, '2020-01-01T00:00:00Z')
      batcher.add('team' as never, { id: 1, name: 'North' } as never, '2019-01-01T00:00:00Z')
      batcher.add('worker' as never, { id: 2, team_id: 1, name: null } as never, '2020-02-01T00:00:00Z')
    }
    const copy = new SeedBatcher(catalogue, true)
    fill(copy)
    const [team, worker, ...rest] = copy.take()
    assert.equal(rest.length, 0)
    assert.match(team?.sql ?? '', /^copy "team" \("id", "name", "recorded_at", "updated_at", "recorded_by", "updated_by"\) from '\/dev\/blob'$/)
    assert.deepEqual(worker?.parameters, [
      '1\t1\tA\\tB\t2020-01-01T00:00:00Z\t2020-01-01T00:00:00Z\tsystem:seed\tsystem:seed\n' +
        '2\t1\t\\N\t2020-02-01T00:00:00Z\t2020-02-01T00:00:00Z\tsystem:seed\tsystem:seed\n',
    ])
    assert.equal(copy.counts.get('worker'), 2)
    assert.deepEqual(copy.take(), [], 'the buffers start again empty')

    const unnest = new SeedBatcher(catalogue, false)
    fill(unnest)
    const statements = unnest.take()
    assert.equal(statements.length, 2)
    // team_id is the same in every row: sent once, not as an array.
    assert.match(statements[1]?.sql ?? '', /^insert into "worker" .* select u\.c0, \$2::int4, u\.c1, u\.c2, u\.c2, \$5, \$5 from unnest\(\$1::text::int4\[\], \$3::text::text\[\], \$4::text::timestamptz\[\]\)/)
    assert.deepEqual(statements[1]?.parameters, ['{1,2}', 1, '{"A\tB",NULL}', '{"2020-01-01T00:00:00Z","2020-02-01T00:00:00Z"}', 'system:seed'])
  })

  it('refuses a column the table does not have', () => {
    const batcher = new SeedBatcher({ order: ['team'], tables: new Map([['team', { columns: new Map([['id', 'int4']]) }]]) }, true)
    batcher.add('team' as never, { id: 1, colour: 'red' } as never, '2020-01-01T00:00:00Z')
    assert.throws(() => batcher.take(), /no column "colour"/)
  })

  it('orders tables so parents come before the tables that refer to them', () => {
    const order = parentsFirst(['visit', 'child', 'worker', 'team'], [
      { child: 'visit', parent: 'child' },
      { child: 'visit', parent: 'worker' },
      { child: 'worker', parent: 'team' },
      { child: 'worker', parent: 'worker' },
    ])
    assert.ok(order.indexOf('child') < order.indexOf('visit'))
    assert.ok(order.indexOf('team') < order.indexOf('worker'))
    assert.ok(order.indexOf('worker') < order.indexOf('visit'))
  })

  it('refuses a cycle', () => {
    assert.throws(() => parentsFirst(['a', 'b'], [{ child: 'a', parent: 'b' }, { child: 'b', parent: 'a' }]), /cycle/)
  })
})
