// The one error the CSV reader throws. Anything wrong with the input (bytes, quoting, shape)
// becomes one of these, with where it happened, so callers can report it and carry on.

export type CsvParseErrorKind =
  | 'invalid-encoding'
  | 'unterminated-quote'
  | 'quote-in-unquoted-field'
  | 'text-after-closing-quote'
  | 'ragged-row'

export class CsvParseError extends Error {
  override readonly name = 'CsvParseError'

  constructor(
    readonly kind: CsvParseErrorKind,
    message: string,
    /** 1-based physical line in the file. */
    readonly line: number,
    /** 1-based position of the offending character (or field, for ragged rows) in that line. */
    readonly column: number,
    /** 1-based record number (the header row is record 1), when known. */
    readonly record?: number,
  ) {
    super(`${message} (line ${line}, column ${column})`)
  }
}
