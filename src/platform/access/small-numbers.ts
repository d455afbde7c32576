// Elected members see aggregates only, and a count under 5 could identify a child, so it is
// never published. A table that also publishes its total needs a second cell hidden as well,
// or the small one could be worked out by subtraction.
export const SMALL_NUMBER_THRESHOLD = 5
/** What a suppressed figure shows, as in DfE statistical releases ("c" = confidential). */
export const SUPPRESSED_MARK = 'c'

export type PublishedCount = { suppressed: false; value: number } | { suppressed: true }

export function suppressSmallNumbers(value: number): PublishedCount {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`A count must be zero or more (got ${value}).`)
  return value < SMALL_NUMBER_THRESHOLD ? { suppressed: true } : { suppressed: false, value }
}

/**
 * Cells of one breakdown whose total is published: small cells are hidden, and when exactly one
 * cell is hidden the next smallest is hidden too, so no hidden cell equals total minus the rest.
 */
export function suppressBreakdown(values: readonly number[]): PublishedCount[] {
  const cells = values.map(suppressSmallNumbers)
  const hidden = cells.filter((cell) => cell.suppressed).length
  if (hidden === 1) {
    const nextSmallest = values
      .map((value, index) => ({ value, index }))
      .filter(({ index }) => !cells[index]?.suppressed)
      .sort((a, b) => a.value - b.value)[0]
    if (nextSmallest) cells[nextSmallest.index] = { suppressed: true }
  }
  return cells
}

export function formatPublishedCount(count: PublishedCount): string {
  return count.suppressed ? SUPPRESSED_MARK : count.value.toLocaleString('en-GB')
}
