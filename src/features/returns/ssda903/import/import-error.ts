// The one error the 903 import throws for bad input. It carries every problem found (up to a
// limit), each naming the file, the row (counted as a spreadsheet does: the header is row 1) and
// the column, so the person running the import can fix the files and try again.

export interface ImportProblem {
  /** The file as "folder/file.csv", or the folder alone for problems with the folder. */
  file: string
  row: number | null
  column: string | null
  message: string
}

export const MAX_PROBLEMS = 50

export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.file,
    problem.row === null ? null : `row ${problem.row}`,
    problem.column === null ? null : `column ${problem.column}`,
  ]
  return `${where.filter(Boolean).join(', ')}: ${problem.message}`
}

export class Import903Error extends Error {
  override readonly name = 'Import903Error'

  constructor(readonly problems: readonly ImportProblem[]) {
    super(problems.map(describeProblem).join('\n'))
  }
}

/** Collects problems and throws them together; stops collecting at MAX_PROBLEMS. */
export class Problems {
  readonly list: ImportProblem[] = []

  add(file: string, row: number | null, column: string | null, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ file, row, column, message })
  }

  get full(): boolean {
    return this.list.length >= MAX_PROBLEMS
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new Import903Error(this.list)
  }
}
