import { createHash } from 'crypto'
import { parse } from 'graphql'

import { pageCacheRegistry } from './publicPageCache'

/** At most this many distinct anonymous queries are remembered (oldest forgotten first). */
export const ANONYMOUS_QUERY_CACHE_MAX_ENTRIES = 1_000
/** As for pages: changes made by another process reach no hook here, so no answer is kept longer. */
export const ANONYMOUS_QUERY_CACHE_TTL_MS = 5 * 60_000

type GraphQLHandler = (request: Request) => Promise<Response>

/** Whether the request carries any credential: only answers for nobody in particular are shared. */
const isAnonymous = (request: Request): boolean =>
  !request.headers.get('authorization') && !/(^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** Only read-only operations are cached; a document that cannot be parsed is left to GraphQL to refuse. */
const isReadOnly = (query: unknown): boolean => {
  if (typeof query !== 'string' || query.length > 20_000) return false
  try {
    return parse(query).definitions.every((definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query')
  } catch {
    return false
  }
}

/**
 * Answers repeated anonymous GraphQL queries from memory. What the public may read changes
 * only when public content changes, and then the page cache's invalidation (Payload hooks,
 * and again after the changing request commits) clears these answers too. Answers with errors
 * are never kept, nor is an answer computed while an invalidation happened.
 */
export const withAnonymousQueryCache =
  (handler: GraphQLHandler): GraphQLHandler =>
  async (request) => {
    if (request.method !== 'POST' || !isAnonymous(request)) return handler(request)
    const text = await request.clone().text()
    let body: { query?: unknown; variables?: unknown; operationName?: unknown }
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      return handler(request)
    }
    if (!isReadOnly(body.query)) return handler(request)
    const locale = new URL(request.url).search + (request.headers.get('accept-language') ?? '')
    const key = createHash('sha1').update(JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null, locale])).digest('base64url')
    const registry = pageCacheRegistry()
    const cached = registry.queries.get(key)
    if (cached && Date.now() - cached.storedAt <= ANONYMOUS_QUERY_CACHE_TTL_MS) {
      return new Response(cached.body, { status: cached.status, headers: { 'Content-Type': cached.contentType, 'X-Lentera-Cache': 'hit' } })
    }
    const generationAtStart = registry.generation
    const response = await handler(request)
    const answer = await response.text()
    const contentType = response.headers.get('content-type') ?? 'application/json'
    const hasErrors = answer.includes('"errors"')
    if (response.status === 200 && !hasErrors && registry.generation === generationAtStart) {
      registry.queries.set(key, { status: 200, contentType, body: answer, storedAt: Date.now() })
      while (registry.queries.size > ANONYMOUS_QUERY_CACHE_MAX_ENTRIES) {
        const oldest = registry.queries.keys().next().value
        if (oldest === undefined) break
        registry.queries.delete(oldest)
      }
    }
    return new Response(answer, { status: response.status, headers: response.headers })
  }
