// Kysely builds and compiles a query afresh on every call, which for the big hot queries (a
// caseload's facts, the access filter) costs more CPU than reading their rows. For the same inputs
// the SQL and parameters come out the same, so the compiled query is remembered under a key that
// names every input. Only for queries that are a pure function of their key.
import type { Compilable, CompiledQuery } from 'kysely'

export function compiledQueryCache(limit = 500) {
  const remembered = new Map<string, CompiledQuery<unknown>>()
  return function compiled<R>(key: string, build: () => Compilable<R>): CompiledQuery<R> {
    let query = remembered.get(key) as CompiledQuery<R> | undefined
    if (!query) {
      query = build().compile()
      // Oldest first out: a bounded map, since keys include child ids and dates.
      if (remembered.size >= limit) remembered.delete(remembered.keys().next().value as string)
      remembered.set(key, query)
    }
    return query
  }
}
