/**
 * Counts failures per key (a client's address) over a sliding window: once a key has `limit`
 * failures within `windowMs`, it must wait until the oldest of them leaves the window.
 * Pure apart from the Map it keeps; time is passed in, so tests need no clock.
 *
 * Memory is bounded whoever calls: at most `limit` timestamps per key, and at most `maxKeys`
 * keys — past that the key written longest ago is forgotten (an attacker spreading guesses over
 * many addresses costs bounded memory, not unbounded).
 */
export type FailureLedger = {
  /** Notes one failure for `key` at `now`. */
  record: (key: string, now: number) => void
  /** Takes back one failure recorded at `time` (an attempt counted as it began, which turned out not to be a failure). */
  release: (key: string, time: number) => void
  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  waitFor: (key: string, now: number) => number
  /** How many keys have failures within the window at `now` (for metrics). */
  size: (now: number) => number
}

export const createFailureLedger = ({ limit, windowMs, maxKeys = 10_000 }: { limit: number; windowMs: number; maxKeys?: number }): FailureLedger => {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`The failure limit must be a whole number of at least 1, not "${String(limit)}".`)
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new Error(`The failure window must be a positive duration, not "${String(windowMs)}".`)
  const failures = new Map<string, number[]>()

  const recent = (key: string, now: number): number[] => {
    const times = failures.get(key)
    if (!times) return []
    const kept = times.filter((time) => now - time < windowMs)
    if (kept.length === 0) failures.delete(key)
    else if (kept.length !== times.length) failures.set(key, kept)
    return kept
  }

  return {
    record: (key, now) => {
      const times = recent(key, now)
      times.push(now)
      // Re-inserting moves the key to the end of the Map's order: the oldest written go first.
      failures.delete(key)
      failures.set(key, times.slice(-limit))
      while (failures.size > maxKeys) {
        const oldest = failures.keys().next().value
        if (oldest === undefined) break
        failures.delete(oldest)
      }
    },
    release: (key, time) => {
      const times = failures.get(key)
      const index = times?.lastIndexOf(time) ?? -1
      if (!times || index === -1) return
      times.splice(index, 1)
      if (times.length === 0) failures.delete(key)
    },
    waitFor: (key, now) => {
      const times = recent(key, now)
      if (times.length < limit) return 0
      return windowMs - (now - times[times.length - limit])
    },
    size: (now) => {
      for (const key of [...failures.keys()]) recent(key, now)
      return failures.size
    },
  }
}
