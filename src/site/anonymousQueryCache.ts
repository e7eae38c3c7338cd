import { parse } from 'graphql'

import { ANONYMOUS_QUERY_CACHE_MAX_CHARACTERS, ANONYMOUS_QUERY_CACHE_MAX_ENTRIES, ANONYMOUS_QUERY_CACHE_TTL_MS, anonymousQueryKey, hasNoCredentials } from './anonymousQueryKey'
import { pageCacheRegistry } from './publicPageCache'


type GraphQLHandler = (request: Request) => Promise<Response>

const isAnonymous = (request: Request): boolean =>
  hasNoCredentials({ authorization: request.headers.get('authorization'), cookie: request.headers.get('cookie') })

/** Only read-only operations are cached; a document that cannot be parsed is left to GraphQL to refuse. */
const isReadOnly = (query: unknown): boolean => {
  if (typeof query !== 'string' || query.length > 20_000) return false
  try {
    return parse(query).definitions.every((definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query')
  } catch {
    return false
  }
}

const invalidJsonAnswer = () =>
  Response.json({ errors: [{ message: 'Isi permintaan bukan JSON yang sah (the request body is not valid JSON).' }] }, { status: 400 })

/**
 * Answers repeated anonymous GraphQL queries from memory. What the public may read changes
 * only when public content changes, and then the page cache's invalidation (Payload hooks,
 * and again after the changing request commits) clears these answers too. Answers with errors
 * are never kept, nor is an answer computed while an invalidation happened.
 */
export const withAnonymousQueryCache =
  (handler: GraphQLHandler): GraphQLHandler =>
  async (request) => {
    if (request.method !== 'POST') return handler(request)
    const text = await request.clone().text()
    let body: { query?: unknown; variables?: unknown; operationName?: unknown }
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      // GraphQL's own handler answers a body it cannot parse with an empty 500.
      if (/json/i.test(request.headers.get('content-type') ?? 'application/json')) return invalidJsonAnswer()
      return handler(request)
    }
    if (!isAnonymous(request) || !body || typeof body !== 'object' || !isReadOnly(body.query)) return handler(request)
    const key = anonymousQueryKey({ body, search: new URL(request.url).search, acceptLanguage: request.headers.get('accept-language') ?? '' })
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
      let characters = 0
      for (const entry of registry.queries.values()) characters += entry.body.length
      for (const [oldest, entry] of registry.queries) {
        if (registry.queries.size <= ANONYMOUS_QUERY_CACHE_MAX_ENTRIES && characters <= ANONYMOUS_QUERY_CACHE_MAX_CHARACTERS) break
        registry.queries.delete(oldest)
        characters -= entry.body.length
      }
    }
    return new Response(answer, { status: response.status, headers: response.headers })
  }
