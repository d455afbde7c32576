import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { arrayLiteral, parentsFirst } from './writer.ts'

describe('seed writer', () => {
  it('writes PostgreSQL array literals, quoting and escaping text', () => {
    assert.equal(arrayLiteral([1, null, 3]), '{1,NULL,3}')
    assert.equal(arrayLiteral([true, false, undefined]), '{true,false,NULL}')
    assert.equal(arrayLiteral(['a', 'b "c"', 'd\\e', 'NULL']), '{"a","b \\"c\\"","d\\\\e","NULL"}')
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
