// A safe, streaming reader for CIN census XML (DfE "Children in need census" specification).
//
// Safety, because returns arrive from other systems and people:
// - Any DOCTYPE is refused, so no DTD, no entity declarations and no external entities: this
//   defeats XXE and "billion laughs" expansion. saxes itself never fetches anything and knows
//   only the five predefined entities; any other entity reference is refused as undefined.
// - Nesting depth, the text of one data item, the run of characters between markup and the
//   number of elements in one child are capped, so a hostile file cannot exhaust memory.
// - Files are read as a stream in small chunks and each child is handed on as soon as it is
//   complete, so a census of hundreds of MB is never held as one string.
// A file that is not well-formed XML fails as a whole with a CinParseError (with its line);
// anything well-formed but not in the specification becomes a StructureIssue, which the
// validator reports as a finding. Callers must discard what they collected when it throws.
import fs from 'node:fs'
import { SaxesParser } from 'saxes'
import { HEADER_FIELDS, emptyRecord, type CinCensus, type CinChild, type CinHeader, type StructureIssue } from './model.ts'
import { childFrame, container, isField, setField, type Frame } from './xml-frames.ts'

export class CinParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(line === null ? message : `Line ${line}: ${message}`)
    this.name = 'CinParseError'
  }
}

export interface CinReadLimits {
  maxDepth: number
  /** Characters in the text of one data item (a date or a code is a few characters). */
  maxTextLength: number
  /** Characters between one '<' or '>' and the next: bounds text, comments and tags alike. */
  maxRun: number
  maxElementsPerChild: number
}

export const DEFAULT_LIMITS: CinReadLimits = { maxDepth: 16, maxTextLength: 1024, maxRun: 65_536, maxElementsPerChild: 5_000 }

export interface CinReadHandlers {
  onHeader?(header: CinHeader): void
  onChild?(child: CinChild): void
}

export interface CinReadSummary {
  header: CinHeader | null
  children: number
  structure: StructureIssue[]
}

/** A push parser: write chunks of text, then end(). Throws CinParseError on the first problem. */
export function createCinReader(handlers: CinReadHandlers = {}, limits: CinReadLimits = DEFAULT_LIMITS) {
  const parser = new SaxesParser({ position: true })
  const structure: StructureIssue[] = []
  const stack: Frame[] = []
  let header: CinHeader | null = null
  let sawRoot = false
  let children = 0
  let child: CinChild | null = null
  let childElements = 0
  let sinceLt = 0
  let sinceGt = 0
  let started = false
  let blank = true

  const issuesHere = (): StructureIssue[] => child?.structure ?? structure

  const headerFrame = (line: number): Frame => {
    if (header) structure.push({ line, element: 'Header', problem: 'repeated' })
    const record = emptyRecord(HEADER_FIELDS, line)
    header ??= record
    const part = (name: string) => container(name, (f, l) => (isField(HEADER_FIELDS, f) ? setField(record, f, l, structure) : null))
    return container(
      'Header',
      (name) => (name === 'CollectionDetails' || name === 'Source' ? part(name) : null),
      () => handlers.onHeader?.(record),
    )
  }

  const rootFrame = container('Message', (name, line) => {
    if (name === 'Header') return headerFrame(line)
    if (name !== 'Children') return null
    return container('Children', (c, l) => {
      if (c !== 'Child') return null
      const current: CinChild = { line: l, identifiers: null, characteristics: null, cinDetails: [], structure: [] }
      child = current
      childElements = 0
      return childFrame(current, () => {
        children += 1
        child = null
        handlers.onChild?.(current)
      })
    })
  })

  parser.on('doctype', () => {
    throw new CinParseError('The file has a DOCTYPE. CIN census files must not declare a DTD or entities, so it was not read.', parser.line)
  })
  parser.on('opentag', (tag) => {
    const name = tag.name.includes(':') ? tag.name.slice(tag.name.indexOf(':') + 1) : tag.name
    const line = parser.line
    if (stack.length >= limits.maxDepth) throw new CinParseError(`Elements are nested more than ${limits.maxDepth} deep.`, line)
    if (child && ++childElements > limits.maxElementsPerChild) {
      throw new CinParseError(`A child has more than ${limits.maxElementsPerChild} elements; the file was not read.`, line)
    }
    const top = stack[stack.length - 1]
    if (!top) {
      if (sawRoot) throw new CinParseError('More than one root element.', line)
      sawRoot = true
      if (name !== 'Message') throw new CinParseError(`The root element is <${name}>, not <Message>: this is not a CIN census file.`, line)
      stack.push(rootFrame)
      return
    }
    if (top.kind === 'container') {
      const next = top.open(name, line)
      if (next) {
        stack.push(next)
        return
      }
      issuesHere().push({ line, element: name, problem: 'unknown' })
    } else if (top.kind === 'leaf') {
      issuesHere().push({ line, element: name, problem: 'unknown' })
    }
    stack.push({ kind: 'skip', name })
  })
  const onText = (text: string) => {
    const top = stack[stack.length - 1]
    if (top?.kind !== 'leaf') return
    if (top.text.length + text.length > limits.maxTextLength) {
      throw new CinParseError(`The text of <${top.name}> is longer than ${limits.maxTextLength} characters.`, parser.line)
    }
    top.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    const top = stack.pop()
    if (top?.kind === 'leaf') top.close(top.text)
    else if (top?.kind === 'container') top.close()
  })

  const feed = (chunk: string) => {
    // Guard against a single enormous text node, comment or tag before saxes buffers it.
    sinceLt = longestRun(chunk, '<', sinceLt, limits.maxRun, parser.line)
    sinceGt = longestRun(chunk, '>', sinceGt, limits.maxRun, parser.line)
    try {
      parser.write(chunk)
    } catch (error) {
      throw asParseError(error, parser.line)
    }
  }

  return {
    write(chunk: string): void {
      if (chunk.length === 0) return
      if (!started) {
        started = true
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      }
      if (blank && /\S/.test(chunk)) blank = false
      feed(chunk)
    },
    end(): CinReadSummary {
      if (blank) throw new CinParseError('The file is empty.')
      try {
        parser.close()
      } catch (error) {
        throw asParseError(error, parser.line)
      }
      if (!sawRoot) throw new CinParseError('The file is empty: there is no <Message> element.')
      return { header, children, structure }
    },
  }
}

/** The run of characters since the last `ch` at the end of the chunk; throws when any run is too long. */
function longestRun(chunk: string, ch: string, carried: number, max: number, line: number): number {
  let last = -1 - carried
  for (let i = chunk.indexOf(ch); i !== -1; i = chunk.indexOf(ch, i + 1)) {
    if (i - last - 1 > max) break
    last = i
  }
  const run = chunk.length - last - 1
  const next = chunk.indexOf(ch, last + 1)
  if ((next !== -1 && next - last - 1 > max) || (next === -1 && run > max)) {
    throw new CinParseError(`More than ${max} characters without markup; the file was not read.`, line)
  }
  return run
}

function asParseError(error: unknown, line: number): CinParseError {
  if (error instanceof CinParseError) return error
  const message = error instanceof Error ? error.message : String(error)
  // saxes prefixes "line:column: "; keep just the reason.
  const reason = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')
  return new CinParseError(`The file is not well-formed XML: ${reason}`, line)
}

/** Parses a whole census held in memory (tests, small files). */
export function parseCinString(xml: string, limits: CinReadLimits = DEFAULT_LIMITS): CinCensus {
  const children: CinChild[] = []
  const reader = createCinReader({ onChild: (child) => children.push(child) }, limits)
  reader.write(xml)
  const summary = reader.end()
  return { header: summary.header, children, structure: summary.structure }
}

/** Streams a census file, handing each child on as it completes. */
export async function readCinFile(path: string, handlers: CinReadHandlers, limits: CinReadLimits = DEFAULT_LIMITS): Promise<CinReadSummary> {
  let stat: fs.Stats
  try {
    stat = await fs.promises.stat(path)
  } catch {
    throw new CinParseError(`Cannot read ${path}: no such file.`)
  }
  if (!stat.isFile()) throw new CinParseError(`${path} is not a file.`)
  if (stat.size === 0) throw new CinParseError('The file is empty.')
  const reader = createCinReader(handlers, limits)
  const stream = fs.createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 })
  try {
    for await (const chunk of stream) reader.write(chunk as string)
  } finally {
    stream.destroy()
  }
  return reader.end()
}
