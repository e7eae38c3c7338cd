import type { NextFunction, Request, RequestHandler, Response } from 'express'

/** How many requests Next and Payload work on at once by default; the rest wait their turn. */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 4

/**
 * Lets at most `max` requests into Next (page renders, Payload's REST and GraphQL) at once,
 * first come first served. Node runs them on one thread anyway: fifty renders interleaved take
 * as long as fifty in a row, but hold fifty renders' memory at once and make every reader
 * wait for the slowest (measured in bench/: peak memory past 1 GB under load with no limit, about 400 MB with four). Readers who go
 * away while waiting never take a turn. Cached pages and answers never reach this queue.
 */
export type ConcurrencyLimit = RequestHandler & { stats: () => { active: number; waiting: number } }

export const limitConcurrency = ({ max = DEFAULT_MAX_CONCURRENT_REQUESTS }: { max?: number } = {}): ConcurrencyLimit => {
  if (!Number.isInteger(max) || max < 1) throw new Error(`LENTERA_MAX_CONCURRENT_REQUESTS must be a whole number of at least 1, not "${String(max)}".`)
  let active = 0
  const waiting: (() => void)[] = []

  const release = () => {
    active -= 1
    while (waiting.length > 0 && active < max) {
      const next = waiting.shift()
      next?.()
    }
  }

  const handler = (req: Request, res: Response, next: NextFunction) => {
    // Next's own files cost next to nothing and are what a waiting page needs next (and its
    // image optimizer may request the original from this server: it must never wait on itself);
    // an upload takes as long as the uploader's connection, and must not hold a turn meanwhile.
    if (req.path.startsWith('/_next/') || req.headers['content-type']?.startsWith('multipart/form-data')) {
      next()
      return
    }
    const start = () => {
      if (res.writableEnded || req.destroyed) return
      active += 1
      let isReleased = false
      const releaseOnce = () => {
        if (isReleased) return
        isReleased = true
        release()
      }
      res.on('close', releaseOnce)
      res.on('finish', releaseOnce)
      next()
    }
    if (active < max) start()
    else waiting.push(start)
  }
  return Object.assign(handler, { stats: () => ({ active, waiting: waiting.length }) })
}
