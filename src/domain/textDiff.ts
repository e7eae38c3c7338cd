/**
 * What changed between two texts, word by word, for readers: the public "what changed" page
 * (src/site/pages/ChangesPage.tsx). Pure and free of any database access.
 *
 * The texts are split into tokens (runs of letters and digits, runs of whitespace, single
 * punctuation marks) and compared with Myers' O(ND) algorithm, which is fast when the texts are
 * mostly alike, as consecutive versions of a document are. Its cost grows with the number of
 * differing tokens, so it is capped:
 *
 * - the common beginning and end are set aside first and never compared token by token;
 * - when more than `maxEdits` tokens differ, or the rest is longer than `maxTokens`, the texts
 *   are compared paragraph by paragraph (lines) instead: a changed paragraph is shown as
 *   deleted and inserted whole;
 * - when even the paragraphs differ beyond those limits, the differing middle is shown as one
 *   deletion followed by one insertion.
 *
 * The result reads back into either text: the `same` and `deleted` segments, in order, are the
 * text before; the `same` and `inserted` segments are the text after.
 */

export type DiffKind = 'same' | 'inserted' | 'deleted'
export type DiffSegment = { kind: DiffKind; text: string }

export type DiffLimits = {
  /** Differing tokens beyond which word-level comparison gives way to paragraphs. */
  maxEdits?: number
  /** Tokens (after the common beginning and end) beyond which comparison is by paragraph. */
  maxTokens?: number
}

/** About 500 changed words; memory for the comparison grows with the square of this. */
export const DEFAULT_MAX_EDITS = 1_000
/** About 10,000 words of differing text. */
export const DEFAULT_MAX_TOKENS = 20_000

/** Words (letters, digits, combining marks), whitespace runs, and every other character alone. */
const TOKEN = /[\p{L}\p{N}\p{M}_]+|\s+|[^\p{L}\p{N}\p{M}_\s]/gu

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? []

/** Lines with their line break, so that joining them gives the text back. */
const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+/g) ?? []

type Operation = { kind: DiffKind; token: string }

/**
 * Myers' shortest edit script between `a` and `b`, or null when it needs more than `maxEdits`
 * insertions and deletions. Keeps, for each step, only the part of the frontier that step can
 * reach, so memory is O(D²) and time O((N + M) · D) for D edits.
 */
const shortestEditScript = (a: string[], b: string[], maxEdits: number): Operation[] | null => {
  const n = a.length
  const m = b.length
  const limit = Math.min(n + m, maxEdits)
  const offset = limit + 1
  const frontier = new Int32Array(2 * limit + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= limit; d += 1) {
    // The frontier before step d, for diagonals -d-1 … d+1 (index k + d + 1).
    trace.push(frontier.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1])
      let x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x += 1
        y += 1
      }
      frontier[offset + k] = x
      if (x >= n && y >= m) return backtrack(a, b, trace)
    }
  }
  return null
}

const backtrack = (a: string[], b: string[], trace: Int32Array[]): Operation[] => {
  const operations: Operation[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const frontier = trace[d]
    const at = (k: number) => frontier[k + d + 1]
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const previousK = down ? k + 1 : k - 1
    const previousX = at(previousK)
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      operations.push({ kind: 'same', token: a[x - 1] })
      x -= 1
      y -= 1
    }
    if (d > 0) {
      if (down) operations.push({ kind: 'inserted', token: b[previousY] })
      else operations.push({ kind: 'deleted', token: a[previousX] })
      x = previousX
      y = previousY
    }
  }
  return operations.reverse()
}

const isBlank = (text: string) => text.trim() === ''

/**
 * Readable segments from single-token operations: a change is shown as what was deleted, then
 * what was inserted; whitespace that happens to be shared between two changes is folded into
 * them rather than splitting them into word-sized pieces.
 */
const toSegments = (operations: Operation[]): DiffSegment[] => {
  const segments: DiffSegment[] = []
  let deleted = ''
  let inserted = ''
  let same = ''
  const flushChange = () => {
    if (deleted) segments.push({ kind: 'deleted', text: deleted })
    if (inserted) segments.push({ kind: 'inserted', text: inserted })
    deleted = ''
    inserted = ''
  }
  const flushSame = () => {
    if (same) segments.push({ kind: 'same', text: same })
    same = ''
  }
  for (const operation of operations) {
    if (operation.kind === 'same') {
      same += operation.token
      continue
    }
    if (same) {
      const changing = deleted !== '' || inserted !== ''
      if (changing && isBlank(same)) {
        // Whitespace between two changes belongs to both of them.
        deleted += same
        inserted += same
        same = ''
      } else {
        flushChange()
        flushSame()
      }
    }
    if (operation.kind === 'deleted') deleted += operation.token
    else inserted += operation.token
  }
  flushChange()
  flushSame()
  return segments
}

const merge = (segments: DiffSegment[]): DiffSegment[] => {
  const merged: DiffSegment[] = []
  for (const segment of segments) {
    if (!segment.text) continue
    const last = merged[merged.length - 1]
    if (last && last.kind === segment.kind) last.text += segment.text
    else merged.push({ ...segment })
  }
  return merged
}

const commonPrefixLength = (a: string[], b: string[]) => {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1
  return length
}

const commonSuffixLength = (a: string[], b: string[], prefix: number) => {
  let length = 0
  while (length < a.length - prefix && length < b.length - prefix && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1
  return length
}

const replaceWhole = (before: string, after: string): DiffSegment[] => [
  { kind: 'deleted', text: before },
  { kind: 'inserted', text: after },
]

/** The middle that differs, by paragraph: unchanged paragraphs stay, changed ones are replaced whole. */
const diffParagraphs = (before: string, after: string, maxEdits: number, maxTokens: number): DiffSegment[] => {
  const a = splitLines(before)
  const b = splitLines(after)
  const operations = a.length + b.length <= maxTokens ? shortestEditScript(a, b, maxEdits) : null
  return operations ? toSegments(operations) : replaceWhole(before, after)
}

/**
 * The word-level difference between two texts. Identical texts give one `same` segment (none
 * when both are empty); an empty side gives one insertion or deletion.
 */
export const diffWords = (before: string | null | undefined, after: string | null | undefined, limits: DiffLimits = {}): DiffSegment[] => {
  const maxEdits = limits.maxEdits ?? DEFAULT_MAX_EDITS
  const maxTokens = limits.maxTokens ?? DEFAULT_MAX_TOKENS
  const oldText = before ?? ''
  const newText = after ?? ''
  if (oldText === newText) return oldText ? [{ kind: 'same', text: oldText }] : []
  if (!oldText) return [{ kind: 'inserted', text: newText }]
  if (!newText) return [{ kind: 'deleted', text: oldText }]

  const a = tokenize(oldText)
  const b = tokenize(newText)
  const prefix = commonPrefixLength(a, b)
  const suffix = commonSuffixLength(a, b, prefix)
  const middleA = a.slice(prefix, a.length - suffix)
  const middleB = b.slice(prefix, b.length - suffix)

  let middle: DiffSegment[]
  if (middleA.length === 0) middle = [{ kind: 'inserted', text: middleB.join('') }]
  else if (middleB.length === 0) middle = [{ kind: 'deleted', text: middleA.join('') }]
  else {
    const operations = middleA.length + middleB.length <= maxTokens ? shortestEditScript(middleA, middleB, maxEdits) : null
    middle = operations ? toSegments(operations) : diffParagraphs(middleA.join(''), middleB.join(''), maxEdits, maxTokens)
  }
  return merge([{ kind: 'same', text: a.slice(0, prefix).join('') }, ...middle, { kind: 'same', text: a.slice(a.length - suffix).join('') }])
}

/** The segments that make up one side: the text before (with deletions) or after (with insertions). */
export const sideOf = (segments: DiffSegment[], side: 'before' | 'after'): DiffSegment[] =>
  segments.filter((segment) => segment.kind === 'same' || segment.kind === (side === 'before' ? 'deleted' : 'inserted'))

/** The text of one side, e.g. to check a diff against its inputs. */
export const textOf = (segments: DiffSegment[], side: 'before' | 'after'): string =>
  sideOf(segments, side)
    .map((segment) => segment.text)
    .join('')

/** Whether two texts differ in more than whitespace. */
export const differsInWords = (before: string | null | undefined, after: string | null | undefined): boolean =>
  (before ?? '').replace(/\s+/g, ' ').trim() !== (after ?? '').replace(/\s+/g, ' ').trim()

/** Lexical elements that run inside a line rather than starting one. */
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark'])

/**
 * Lexical's JSON as the text a reader sees: each block (paragraph, heading, quote, list item …)
 * on its own line, line breaks kept, empty lines and decorations (images, blocks) left out.
 */
export const richTextToPlainText = (value: unknown): string => {
  const lines: string[] = ['']
  const newLine = () => {
    if (lines[lines.length - 1] !== '') lines.push('')
  }
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return
    const record = node as { root?: unknown; text?: unknown; type?: unknown; children?: unknown }
    if (record.root !== undefined) return walk(record.root)
    if (typeof record.text === 'string') {
      lines[lines.length - 1] += record.text
      return
    }
    if (record.type === 'linebreak') return void lines.push('')
    if (record.type === 'tab') {
      lines[lines.length - 1] += '\t'
      return
    }
    if (!Array.isArray(record.children)) return
    const isBlock = !INLINE_ELEMENTS.has(String(record.type))
    if (isBlock) newLine()
    record.children.forEach(walk)
    if (isBlock) newLine()
  }
  walk(value)
  return lines
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
}
