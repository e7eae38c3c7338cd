/**
 * The cache of rendered public pages. It lives on globalThis because two bundles share one
 * process: the Express server (dist/server.mjs) serves from it, and Payload's hooks, compiled
 * into Next's server bundle, invalidate it. Both must see the same object.
 */

export type CachedPage = {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip: Buffer
  brotli: Buffer
  etag: string
  storedAt: number
}

/** An anonymous GraphQL query's answer: the same for every anonymous reader until public content changes. */
export type CachedQueryAnswer = { status: number; contentType: string; body: string; storedAt: number; gzip?: Buffer }

type Registry = {
  pages: Map<string, CachedPage>
  queries: Map<string, CachedQueryAnswer>
  /** Renders under way, by generation and URL: readers who ask meanwhile wait for that render instead of starting their own. */
  renders: Map<string, Promise<CachedPage | null>>
  /** Bumped by every invalidation: a render that started before one must not be stored. */
  generation: number
  /** Invalidations that happened while a request was being handled (read when it finishes). */
  pendingSince: number
  invalidations: number
}

const KEY = Symbol.for('lentera.publicPageCache')

export const pageCacheRegistry = (): Registry => {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>
  holder[KEY] ??= { pages: new Map(), queries: new Map(), renders: new Map(), generation: 0, pendingSince: 0, invalidations: 0 }
  holder[KEY].queries ??= new Map()
  holder[KEY].renders ??= new Map()
  return holder[KEY]
}

/**
 * Forgets every rendered page and every cached anonymous query answer. Called by Payload hooks whenever something the public can see
 * changes, and once more after the changing request's response (see src/http/publicPages.ts),
 * because the hooks run before the database transaction commits.
 */
export const invalidatePublicPages = () => {
  const registry = pageCacheRegistry()
  registry.pages.clear()
  registry.queries.clear()
  registry.generation += 1
  registry.invalidations += 1
}
