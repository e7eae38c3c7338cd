import { createHash } from 'crypto'

/** At most this many distinct anonymous queries are remembered (oldest forgotten first). */
export const ANONYMOUS_QUERY_CACHE_MAX_ENTRIES = 1_000
/** …and at most this many characters of answers in all, since one answer can be large (a whole roadmap). */
export const ANONYMOUS_QUERY_CACHE_MAX_CHARACTERS = 32 * 1024 * 1024
/** As for pages: changes made by another process reach no hook here, so no answer is kept longer. */
export const ANONYMOUS_QUERY_CACHE_TTL_MS = 5 * 60_000

/**
 * What identifies an anonymous GraphQL answer: the operation, its variables, the query string
 * (locale) and the language Payload answers messages in. Shared by the route handler that
 * stores answers (src/site/anonymousQueryCache.ts) and the server's fast path that replays
 * them before Express (src/http/anonymousQueries.ts): both must compute the same key.
 */
export const anonymousQueryKey = ({ body, search, acceptLanguage }: { body: { query?: unknown; variables?: unknown; operationName?: unknown }; search: string; acceptLanguage: string }) =>
  createHash('sha1')
    .update(JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null, search + acceptLanguage]))
    .digest('base64url')

/** Whether a request carries any credential: only answers for nobody in particular are shared. */
export const hasNoCredentials = ({ authorization, cookie }: { authorization?: string | null; cookie?: string | null }) =>
  !authorization && !/(^|;\s*)payload-token=/.test(cookie ?? '')
