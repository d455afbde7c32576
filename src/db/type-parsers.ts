// The same JavaScript values from PGlite and from PostgreSQL, so no code above src/db/ can
// tell them apart. Statutory dates stay 'YYYY-MM-DD' strings: a JS Date would drag a time
// zone into calendar arithmetic (see docs/adr/0002-dates-are-strings.md).
export const TYPE_OIDS = { int8: 20, numeric: 1700, date: 1082 } as const

export const valueParsers: Record<number, (value: string) => unknown> = {
  [TYPE_OIDS.int8]: (value) => Number(value),
  [TYPE_OIDS.numeric]: (value) => Number(value),
  [TYPE_OIDS.date]: (value) => value,
}
