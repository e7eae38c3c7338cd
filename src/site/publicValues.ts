/**
 * GraphQL prints option values as enum names (`on-track` → `on_track`, `1` → `_1`); the site
 * works with the stored values.
 */
export const fromEnum = (name: string | null | undefined): string | null => {
  if (name === null || name === undefined) return null
  const withoutDigitGuard = /^_\d/.test(name) ? name.slice(1) : name
  return withoutDigitGuard.replace(/_/g, '-')
}

/** Section codes in reading order: 1.2 before 1.10. */
export const compareCodes = (first: string, second: string): number => {
  const a = first.split('.').map(Number)
  const b = second.split('.').map(Number)
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1)
    if (difference !== 0 && !Number.isNaN(difference)) return difference
  }
  return first.localeCompare(second)
}

/** Today at 00:00 in Jakarta, as an ISO instant: what "overdue" is measured against. */
export const startOfTodayInJakarta = (now: Date = new Date()): string => {
  const jakarta = new Date(now.getTime() + 7 * 60 * 60 * 1000)
  const midnightUtc = Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth(), jakarta.getUTCDate())
  return new Date(midnightUtc - 7 * 60 * 60 * 1000).toISOString()
}

/** A URL path segment as text; a malformed escape is kept as it is (it then matches nothing: 404, never 500). */
export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
