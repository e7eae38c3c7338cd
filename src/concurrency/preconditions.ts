import { BASED_ON_UPDATED_AT } from './basedOnUpdatedAtField'
import { InvalidPreconditionError } from './errors'
import { invalidBasedOnMessage, invalidIfMatchMessage } from './messages'

/**
 * A write's precondition: the moment of the document state the writer's edit is based on.
 * Parsing is pure; the hook in hooks/guardConcurrentWrites.ts compares it with the database.
 */

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/

/** Milliseconds since the epoch, or null when the text is not a full ISO 8601 timestamp with a zone. */
export const parseTimestamp = (text: string): number | null => {
  const trimmed = text.trim()
  if (!ISO_TIMESTAMP.test(trimmed)) return null
  const time = Date.parse(trimmed)
  return Number.isNaN(time) ? null : time
}

/**
 * Reads an If-Match header: the updatedAt as is, quoted like an ETag, or weak (W/"…"), or a
 * comma-separated list of those (the latest counts). `*` means "any version" and sets no
 * precondition, as HTTP defines it for a document that exists.
 */
export const parseIfMatch = (header: string | null | undefined): number | null => {
  if (header === null || header === undefined || header.trim() === '') return null
  if (header.trim() === '*') return null
  const times = header.split(',').map((part) => {
    const tag = part.trim().replace(/^W\//, '')
    const unquoted = tag.length >= 2 && tag.startsWith('"') && tag.endsWith('"') ? tag.slice(1, -1) : tag
    const time = parseTimestamp(unquoted)
    if (time === null) throw new InvalidPreconditionError(invalidIfMatchMessage)
    return time
  })
  return Math.max(...times)
}

/** Reads the basedOnUpdatedAt field of a write's data; absent, null or empty sets no precondition. */
export const parseBasedOnUpdatedAt = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime()
  const time = typeof value === 'string' ? parseTimestamp(value) : null
  if (time === null) throw new InvalidPreconditionError(invalidBasedOnMessage(BASED_ON_UPDATED_AT))
  return time
}

/** The stricter of two preconditions: the one based on the older state. */
export const combinePreconditions = (first: number | null, second: number | null): number | null => {
  if (first === null) return second
  if (second === null) return first
  return Math.min(first, second)
}
