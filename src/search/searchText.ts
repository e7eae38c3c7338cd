import type { Lang } from '../site/i18n'
import { pathFor } from '../site/i18n'

/**
 * The pure parts of public search: cleaning what a reader typed, turning it into Postgres
 * text-search input, highlighting and excerpting matches, and the address of each result.
 * Nothing here touches the database; user text only ever reaches SQL as a bound parameter.
 */

/** Longer queries are cut here (in characters, never splitting one). */
export const SEARCH_MAX_LENGTH = 200
/** At most this many words take part in the prefix query and in highlighting. */
export const SEARCH_MAX_TERMS = 12

export const SEARCH_KINDS = ['section', 'commitment', 'organization'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export type SearchResult = {
  kind: SearchKind
  id: string
  title: string
  /** The result's page on the public site, in the language searched. */
  url: string
  /** Where it belongs: a section's level and code, a commitment's organization, an organization's kind. */
  context: string | null
  /** A plain-text excerpt of its description around the first match. */
  snippet: string | null
}

// C0/C1 controls and Unicode format characters (zero-width, bidi overrides) never belong in a query.
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/** The first value of a query-string parameter (`?q=a&q=b` → `a`). */
export const firstParam = (value: string | string[] | undefined | null): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''))

/**
 * What a reader typed, cleaned: control and invisible characters become spaces, whitespace
 * collapses, the ends are trimmed, and the result is cut to SEARCH_MAX_LENGTH characters
 * (code points, so no emoji is split in half). '' means "nothing to search".
 */
export const normalizeSearchQuery = (raw: unknown): string => {
  if (typeof raw !== 'string') return ''
  const cleaned = raw.normalize('NFC').replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim()
  const characters = Array.from(cleaned)
  return characters.length <= SEARCH_MAX_LENGTH ? cleaned : characters.slice(0, SEARCH_MAX_LENGTH).join('').trim()
}

/** Words as Postgres's parser sees them: runs of letters and digits; dotted numbers such as section codes (2.1.3) stay whole. */
const WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+/gu

/**
 * The words a query looks for, lower-cased, without repeats: what highlighting marks and what
 * the prefix query requires. Words excluded with websearch syntax (`-word`) and the `or`
 * operator are not among them.
 */
export const searchTerms = (query: string): string[] => {
  const terms: string[] = []
  const tokens = query.match(/"[^"]*"|\S+/g) ?? []
  for (const token of tokens) {
    if (token.startsWith('-') && token.length > 1) continue
    if (token.toLowerCase() === 'or') continue
    for (const word of token.match(WORD) ?? []) {
      const term = word.toLowerCase()
      if (!terms.includes(term)) terms.push(term)
    }
  }
  return terms.slice(0, SEARCH_MAX_TERMS)
}

/** Whether the query uses websearch syntax: "a phrase", -excluded or `or`. */
export const usesWebsearchSyntax = (query: string): boolean => /"/.test(query) || /(^|\s)-\S/.test(query) || /(^|\s)or(\s|$)/i.test(query)

/**
 * A `to_tsquery` text that matches documents containing every word as a prefix
 * (`perlin anak` → `'perlin':* & 'anak':*`), so a half-typed word still finds something. Null
 * when the query uses websearch syntax (its exact meaning is kept) or has no words. Only
 * letters, digits and dots (inside numbers) get into a term, so the quoting cannot be broken.
 */
export const prefixTsQuery = (query: string): string | null => {
  if (usesWebsearchSyntax(query)) return null
  const terms = searchTerms(query).filter((term) => /^[\p{L}\p{N}.]+$/u.test(term))
  if (terms.length === 0) return null
  return terms.map((term) => `'${term}':*`).join(' & ')
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where the terms occur in a text: at the start of a word, case-insensitively. Merged, in order. */
export const matchRanges = (text: string, terms: string[]): [number, number][] => {
  const ranges: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}`, 'giu')
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length])
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

export type TextSegment = { text: string; match: boolean }

/** A text cut into plain and matching pieces, for rendering matches as <mark> (React escapes both). */
export const highlight = (text: string, terms: string[]): TextSegment[] => {
  const segments: TextSegment[] = []
  let position = 0
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > position) segments.push({ text: text.slice(position, start), match: false })
    segments.push({ text: text.slice(start, end), match: true })
    position = end
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), match: false })
  return segments
}

/**
 * About `maxLength` characters of a text around its first match, cut at word boundaries and
 * marked with … where text was left out; its beginning when nothing matches. Null for no text.
 */
export const snippetAround = (text: string, terms: string[], maxLength = 220): string | null => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (!clean) return null
  if (clean.length <= maxLength) return clean
  const first = matchRanges(clean, terms)[0]
  let start = first ? Math.max(0, first[0] - Math.floor(maxLength / 3)) : 0
  if (start > 0) {
    const space = clean.indexOf(' ', start)
    start = space === -1 || (first && space >= first[0]) ? start : space + 1
  }
  let end = Math.min(clean.length, start + maxLength)
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end)
    if (space > start + maxLength / 2) end = space
  }
  return `${start > 0 ? '…' : ''}${clean.slice(start, end).trim()}${end < clean.length ? '…' : ''}`
}

/**
 * How well a title answers the query without Postgres (the MongoDB fallback): the whole query
 * as a phrase counts most, then each word found at the start of a word of the title.
 */
export const titleScore = (title: string, query: string, terms: string[]): number => {
  const lower = title.toLowerCase()
  const phrase = query.toLowerCase().replace(/"/g, '').trim()
  let score = phrase && lower.includes(phrase) ? terms.length + 1 : 0
  for (const term of terms) if (matchRanges(title, [term]).length > 0) score += 1
  return score
}

/** The path of a result's page (without the language prefix). */
export const searchResultPath = (kind: SearchKind, key: string): string => {
  const segment = encodeURIComponent(key)
  if (kind === 'section') return `/peta-jalan/${segment}`
  if (kind === 'commitment') return `/komitmen/${segment}`
  return `/mitra/${segment}`
}

/** The same, in a language: Indonesian at the root, English under /en. */
export const searchResultUrl = (lang: Lang, kind: SearchKind, key: string): string => pathFor(lang, searchResultPath(kind, key))

/** The result limit a client asked for, within 1–50 (20 when not given). */
export const clampLimit = (limit: unknown, fallback = 20, max = 50): number => {
  const value = typeof limit === 'number' && Number.isFinite(limit) ? Math.floor(limit) : fallback
  return Math.min(max, Math.max(1, value))
}
