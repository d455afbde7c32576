// A strict RFC 4180 reader that takes its input in pieces, so a file of hundreds of megabytes is
// never held whole. Differences from the RFC, all deliberate:
//   - records may end with CRLF (the RFC), LF or a lone CR;
//   - a leading byte-order mark is dropped;
//   - a line with no characters at all is skipped rather than read as one empty field, so trailing
//     blank lines do not become records (the writer quotes a lone empty field, so nothing is lost);
//   - ragged rows are an error by default; `ragged: 'allow'` hands them on for the caller to report.
// Bytes must be UTF-8; anything else is an `invalid-encoding` error, never a guess.
import { CsvParseError } from './csv-parse-error.ts'

export interface CsvRecord {
  fields: string[]
  /** 1-based line on which the record starts. */
  line: number
  /** 1-based record number in the file (a header row is record 1). */
  record: number
}

export interface CsvParserOptions {
  /** 'error' (default): every record must have as many fields as the first one. */
  ragged?: 'error' | 'allow'
}

const COMMA = 44
const QUOTE = 34
const CR = 13
const LF = 10

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just read a quote inside a quoted field: an escaped quote or the closing one. */
  QuoteInQuoted,
  /** Just read the CR that ended a record; an LF straight after belongs to it. */
  AfterCr,
}

export class CsvParser {
  private state = State.FieldStart
  private field = ''
  private fields: string[] = []
  /** False until the current record has any character besides its line ending. */
  private recordHasContent = false
  private line = 1
  /** Absolute character offset of the first character of the current line. */
  private lineStart = 0
  /** Absolute character offset of the first character of the next chunk. */
  private offset = 0
  private recordLine = 1
  private records = 0
  private width: number | null = null
  private started = false
  private quotedCr = false
  private decoder: TextDecoder | null = null
  private readonly ragged: 'error' | 'allow'

  constructor(options: CsvParserOptions = {}) {
    this.ragged = options.ragged ?? 'error'
  }

  /** Feeds raw UTF-8 bytes; returns the records completed so far. */
  pushBytes(chunk: Uint8Array): CsvRecord[] {
    this.decoder ??= new TextDecoder('utf-8', { fatal: true })
    return this.push(this.decode(chunk, true))
  }

  /** Feeds text; returns the records completed so far. */
  push(text: string): CsvRecord[] {
    if (!this.started && text.length > 0) {
      this.started = true
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    const base = this.offset
    this.offset += text.length
    const out: CsvRecord[] = []
    const n = text.length
    let i = 0
    // Where the next quote and CR are (n when none): a line with neither, ending in this text, is
    // read whole (below) rather than character by character.
    let nextQuote = -1
    let nextCr = -1
    while (i < n) {
      if (this.state === State.FieldStart && !this.recordHasContent && this.fields.length === 0) {
        const lf = text.indexOf('\n', i)
        if (lf !== -1) {
          if (nextQuote < i) nextQuote = indexOrEnd(text, '"', i)
          if (nextCr < i) nextCr = indexOrEnd(text, '\r', i)
          const end = nextCr === lf - 1 ? lf - 1 : lf
          if (nextQuote > lf && nextCr >= end) {
            if (end > i) {
              this.fields = splitLine(text, i, end)
              this.recordHasContent = true
              this.endRecord(out)
            }
            this.line++
            this.lineStart = base + lf + 1
            this.recordLine = this.line
            i = lf + 1
            continue
          }
        }
      }
      const c = text.charCodeAt(i)
      switch (this.state) {
        case State.AfterCr:
          this.state = State.FieldStart
          if (c === LF) {
            i++
            this.lineStart = base + i
          }
          break
        case State.FieldStart:
          if (c === QUOTE) {
            this.recordHasContent = true
            this.state = State.Quoted
            i++
          } else if (c === COMMA) {
            this.recordHasContent = true
            this.endField()
            i++
          } else if (c === CR || c === LF) {
            this.endField()
            this.endRecord(out)
            this.lineBreak(c, base + i)
            i++
          } else {
            this.recordHasContent = true
            this.state = State.Unquoted
          }
          break
        case State.Unquoted: {
          let j = i
          let d = 0
          while (j < n) {
            d = text.charCodeAt(j)
            if (d === COMMA || d === CR || d === LF || d === QUOTE) break
            j++
          }
          this.field += text.slice(i, j)
          if (j === n) {
            i = n
            break
          }
          if (d === QUOTE) this.fail('quote-in-unquoted-field', 'A double quote may only appear inside a quoted field', base + j)
          this.endField()
          if (d === COMMA) this.state = State.FieldStart
          else {
            this.endRecord(out)
            this.lineBreak(d, base + j)
          }
          i = j + 1
          break
        }
        case State.Quoted: {
          const j = text.indexOf('"', i)
          const end = j === -1 ? n : j
          this.countQuotedLineBreaks(text, i, end, base)
          this.field += text.slice(i, end)
          if (j === -1) i = n
          else {
            this.state = State.QuoteInQuoted
            i = j + 1
          }
          break
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.field += '"'
            this.state = State.Quoted
          } else if (c === COMMA) {
            this.endField()
            this.state = State.FieldStart
          } else if (c === CR || c === LF) {
            this.endField()
            this.endRecord(out)
            this.lineBreak(c, base + i)
          } else {
            this.fail('text-after-closing-quote', 'Only a comma or the end of the line may follow a closing quote', base + i)
          }
          i++
          break
      }
    }
    return out
  }

  /** Ends the input; returns the last record when the text did not finish with a line ending. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = this.decoder ? this.push(this.decode(new Uint8Array(0), false)) : []
    if (this.state === State.Quoted) {
      this.fail('unterminated-quote', 'A quoted field is not closed before the end of the file', this.offset)
    }
    if (this.state !== State.AfterCr && this.recordHasContent) {
      this.endField()
      this.endRecord(out)
    }
    this.state = State.FieldStart
    return out
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return (this.decoder as TextDecoder).decode(bytes, { stream })
    } catch {
      return this.fail('invalid-encoding', 'The file is not valid UTF-8 text', this.offset)
    }
  }

  private fail(kind: 'invalid-encoding' | 'unterminated-quote' | 'quote-in-unquoted-field' | 'text-after-closing-quote', message: string, at: number): never {
    throw new CsvParseError(kind, message, this.line, Math.max(1, at - this.lineStart + 1), this.records + 1)
  }

  private endField(): void {
    this.fields.push(this.field)
    this.field = ''
  }

  private endRecord(out: CsvRecord[]): void {
    const fields = this.fields
    this.fields = []
    if (!this.recordHasContent) return
    this.recordHasContent = false
    this.records++
    if (this.width === null) this.width = fields.length
    else if (this.ragged === 'error' && fields.length !== this.width) {
      throw new CsvParseError(
        'ragged-row',
        `Record ${this.records} has ${fields.length} fields where the first record has ${this.width}`,
        this.recordLine,
        Math.min(fields.length, this.width) + 1,
        this.records,
      )
    }
    out.push({ fields, line: this.recordLine, record: this.records })
  }

  /** A record ended at absolute offset `at` with a CR or LF. */
  private lineBreak(c: number, at: number): void {
    this.line++
    this.lineStart = at + 1
    this.recordLine = this.line
    this.state = c === CR ? State.AfterCr : State.FieldStart
  }

  /** Keeps line numbers right for line breaks inside quoted fields (CRLF, LF or CR; CRLF may be split across chunks). */
  private countQuotedLineBreaks(text: string, from: number, to: number, base: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k)
      if (c === CR) {
        this.line++
        this.lineStart = base + k + 1
        this.quotedCr = true
      } else {
        if (c === LF) {
          if (!this.quotedCr) this.line++
          this.lineStart = base + k + 1
        }
        this.quotedCr = false
      }
    }
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from)
  return at === -1 ? text.length : at
}

/** The comma-separated fields of text[from, to), which holds no quote or line break. */
function splitLine(text: string, from: number, to: number): string[] {
  const fields: string[] = []
  let start = from
  for (;;) {
    const comma = text.indexOf(',', start)
    if (comma === -1 || comma >= to) {
      fields.push(text.slice(start, to))
      return fields
    }
    fields.push(text.slice(start, comma))
    start = comma + 1
  }
}

/** Parses a whole text at once. */
export function parseCsv(text: string, options: CsvParserOptions = {}): CsvRecord[] {
  const parser = new CsvParser(options)
  return [...parser.push(text), ...parser.end()]
}
