import { IncomingMessage } from 'http'
import type { ServerResponse } from 'http'
import { gzipSync } from 'zlib'

import { ANONYMOUS_QUERY_CACHE_TTL_MS, anonymousQueryKey, hasNoCredentials } from '../site/anonymousQueryKey'
import { pageCacheRegistry } from '../site/publicPageCache'
import { hasChosenLanguage } from './preferIndonesian'
import { securityHeaderValues } from './securityHeaders'

/** Larger operations are never buffered here; GraphQL itself reads them (the site's largest is a few KB). */
export const FAST_PATH_MAX_BODY_BYTES = 64 * 1024
/** Answers smaller than this are sent as they are: compressing them costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024

type GraphQLBody = { query?: unknown; variables?: unknown; operationName?: unknown }
type PassOn = (req: IncomingMessage, res: ServerResponse) => void

/**
 * A request whose body has already been read, for the handler that reads it next: the same
 * socket, method, URL and headers, and the same bytes as its body.
 */
export const replayedRequest = (original: IncomingMessage, body: Buffer): IncomingMessage => {
  const replay = new IncomingMessage(original.socket)
  replay.method = original.method
  replay.url = original.url
  replay.headers = original.headers
  replay.rawHeaders = original.rawHeaders
  replay.httpVersion = original.httpVersion
  replay.httpVersionMajor = original.httpVersionMajor
  replay.httpVersionMinor = original.httpVersionMinor
  replay.push(body)
  replay.push(null)
  replay.complete = true
  return replay
}

const sendAnswer = (req: IncomingMessage, res: ServerResponse, answer: { status: number; contentType: string; body: string; gzip?: Buffer }, security: [string, string][], isShuttingDown: boolean) => {
  if (isShuttingDown) res.setHeader('Connection', 'close')
  for (const [name, value] of security) res.setHeader(name, value)
  res.setHeader('Content-Type', answer.contentType)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('X-Lentera-Cache', 'hit')
  const bytes = Buffer.from(answer.body)
  const wantsGzip = bytes.length >= COMPRESS_FROM_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  if (wantsGzip) {
    // Compressed once, on the first hit that asks for it, and kept with the answer.
    answer.gzip ??= gzipSync(bytes)
    res.setHeader('Content-Encoding', 'gzip')
  }
  const payload = wantsGzip && answer.gzip ? answer.gzip : bytes
  res.setHeader('Content-Length', String(payload.length))
  res.statusCode = answer.status
  res.end(payload)
}

/**
 * Answers repeated anonymous GraphQL queries before Express and Next are involved, from the
 * answers the GraphQL route stored (src/site/anonymousQueryCache.ts): Express's router and
 * Next's route matching cost far more than looking an answer up (see bench/). Only a POST to
 * /api/graphql without credentials and with a small JSON body is read here; on a miss, the
 * body is handed on unchanged with the request to `passOn` (the Express app). Returns
 * whether it took the request.
 */
export const createAnonymousQueryFastPath = ({ isHttps, isShuttingDown, passOn }: { isHttps: boolean; isShuttingDown: () => boolean; passOn: PassOn }) => {
  const registry = pageCacheRegistry()
  const security = Object.entries(securityHeaderValues({ isHttps }))
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST' || registry.queries.size === 0) return false
    const url = req.url ?? ''
    const queryAt = url.indexOf('?')
    if ((queryAt === -1 ? url : url.slice(0, queryAt)) !== '/api/graphql') return false
    const length = Number(req.headers['content-length'])
    if (!Number.isInteger(length) || length <= 0 || length > FAST_PATH_MAX_BODY_BYTES) return false
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return false
    if (!hasNoCredentials({ authorization: req.headers.authorization, cookie: req.headers.cookie })) return false

    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('error', () => res.destroy())
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      let parsed: GraphQLBody | null = null
      try {
        const value: unknown = JSON.parse(body.toString('utf8'))
        if (value && typeof value === 'object' && !Array.isArray(value)) parsed = value as GraphQLBody
      } catch {
        parsed = null
      }
      if (parsed) {
        // As the Express app does for /api requests (src/http/preferIndonesian.ts), so the keys agree.
        const acceptLanguage = hasChosenLanguage(req.headers.cookie) ? (req.headers['accept-language'] ?? '') : 'id'
        const search = queryAt === -1 || queryAt === url.length - 1 ? '' : url.slice(queryAt)
        const key = anonymousQueryKey({ body: parsed, search, acceptLanguage })
        const cached = registry.queries.get(key)
        if (cached && Date.now() - cached.storedAt <= ANONYMOUS_QUERY_CACHE_TTL_MS) {
          sendAnswer(req, res, cached, security, isShuttingDown())
          return
        }
      }
      passOn(replayedRequest(req, body), res)
    })
    return true
  }
}
