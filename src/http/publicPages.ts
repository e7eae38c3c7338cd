import { createHash } from 'crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'zlib'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import type { CachedPage } from '../site/publicPageCache'
import { invalidatePublicPages, pageCacheRegistry } from '../site/publicPageCache'
import { PUBLIC_PAGE_CONTENT_SECURITY_POLICY, securityHeaderValues } from './securityHeaders'

/** Paths that are never public pages: the admin, the APIs, Next's assets, probes. */
const NOT_PAGES = /^\/(admin|api|_next|healthz|readyz|metrics)(\/|$)/
/** Pages whose output depends on the query string: rendered every time, never stored. */
const UNCACHED_PAGES = /^(\/en)?\/cari\/?$/
const CACHEABLE_TYPES = /^(text\/html|application\/(atom\+)?xml|text\/xml|text\/csv|application\/json)/

export const PUBLIC_PAGE_CACHE_MAX_ENTRIES = 2_000
/** Pages differ in size (a partner with hundreds of commitments), so memory is bounded in bytes too. */
export const PUBLIC_PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024

const sizeOf = (entry: CachedPage) => entry.body.length + entry.gzip.length + entry.brotli.length

/** Drops the least recently used pages (a Map keeps insertion order; hits re-insert) until both bounds hold. */
export const forgetLeastRecentlyUsed = (pages: Map<string, CachedPage>, { maxEntries, maxBytes }: { maxEntries: number; maxBytes: number }) => {
  let bytes = 0
  for (const entry of pages.values()) bytes += sizeOf(entry)
  for (const [key, entry] of pages) {
    if (pages.size <= maxEntries && bytes <= maxBytes) break
    pages.delete(key)
    bytes -= sizeOf(entry)
  }
}
/**
 * A safety net, not the freshness mechanism: changes made by another process (a script run
 * with `npm run seed`, a second server) reach no hook here, so no page is served from memory
 * for longer than this.
 */
export const PUBLIC_PAGE_CACHE_TTL_MS = 5 * 60_000

/**
 * Public pages contain no client components, so Next's hydration scripts and the flight data
 * they read are dead weight to a reader: the page works, links and forms included, without
 * them. Stripping them keeps the site JavaScript-free and light on a weak connection.
 */
export const stripClientScripts = (html: string): string =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')

const headerText = (value: OutgoingHttpHeaders[string]): string | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value)

const KEPT_HEADERS = ['content-type', 'content-language', 'content-disposition', 'link']

/** A page that rendered the site's "not found" content (src/site/pages/NotFoundPage.tsx). */
const NOT_FOUND_MARKER = /<meta name="lentera-status" content="404"\s*\/?>/

const buildEntry = (status: number, headers: OutgoingHttpHeaders, raw: Buffer): CachedPage => {
  const contentType = headerText(headers['content-type']) ?? 'text/html; charset=utf-8'
  const isHtml = contentType.startsWith('text/html')
  const html = isHtml ? stripClientScripts(raw.toString('utf8')) : ''
  const body = isHtml ? Buffer.from(html.replace(NOT_FOUND_MARKER, '')) : raw
  const finalStatus = isHtml && NOT_FOUND_MARKER.test(html) ? 404 : status
  const kept: Record<string, string> = {}
  for (const name of KEPT_HEADERS) {
    const value = headerText(headers[name])
    if (value !== undefined) kept[name] = value
  }
  kept['content-type'] = contentType
  if (isHtml) kept['content-security-policy'] = PUBLIC_PAGE_CONTENT_SECURITY_POLICY
  return {
    status: finalStatus,
    headers: kept,
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    storedAt: Date.now(),
  }
}

const send = (req: IncomingMessage, res: ServerResponse, entry: CachedPage, cacheState: 'hit' | 'miss' | 'bypass' | 'shared') => {
  for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
  res.setHeader('ETag', entry.etag)
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
  res.setHeader('X-Lentera-Cache', cacheState)
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  const accepts = String(req.headers['accept-encoding'] ?? '')
  const [encoding, payload] = /\bbr\b/.test(accepts)
    ? ['br', entry.brotli]
    : /\bgzip\b/.test(accepts)
      ? ['gzip', entry.gzip]
      : [null, entry.body]
  if (encoding) res.setHeader('Content-Encoding', encoding)
  res.setHeader('Content-Length', String(payload.length))
  res.statusCode = entry.status
  res.end(req.method === 'HEAD' ? undefined : payload)
}

/**
 * Serves public pages from memory before Express's router and Next are involved, and renders
 * through Next only on a miss. The rendered output is captured, stripped of client scripts,
 * compressed once, and stored unless something public changed while it was rendering.
 *
 * Invalidation: Payload's hooks clear the cache when public content changes (see
 * src/hooks/invalidatePublicPages.ts). They run inside the change's database transaction, so a
 * page rendered between the hook and the commit could store the old content; that is why a
 * write request that invalidated anything clears the cache once more when its response has
 * been sent — after the commit.
 */
export const publicPages = ({ maxEntries = PUBLIC_PAGE_CACHE_MAX_ENTRIES, maxBytes = PUBLIC_PAGE_CACHE_MAX_BYTES, ttlMs = PUBLIC_PAGE_CACHE_TTL_MS } = {}): RequestHandler => {
  const registry = pageCacheRegistry()

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const generationAtStart = registry.generation
      res.on('finish', () => {
        if (registry.generation !== generationAtStart) invalidatePublicPages()
      })
      next()
      return
    }
    const path = req.path
    if (NOT_PAGES.test(path)) {
      next()
      return
    }
    const isStorable = !UNCACHED_PAGES.test(path) && Object.keys(req.query ?? {}).length === 0
    const key = req.originalUrl
    if (isStorable) {
      const cached = registry.pages.get(key)
      if (cached && Date.now() - cached.storedAt > ttlMs) registry.pages.delete(key)
      else if (cached) {
        // Least recently used goes first when the cache is full.
        registry.pages.delete(key)
        registry.pages.set(key, cached)
        send(req, res, cached, 'hit')
        return
      }
    }

    const generationAtStart = registry.generation
    // Many readers arriving at once for a page that is not cached (the moment it is announced,
    // or right after a change cleared the cache) share one render instead of each starting one.
    // The generation is part of the key: nobody who arrives after a change waits for a render
    // that began before it.
    const renderKey = `${generationAtStart} ${key}`
    if (isStorable) {
      const underWay = registry.renders.get(renderKey)
      if (underWay) {
        void underWay.then((entry) => {
          if (entry) send(req, res, entry, 'shared')
          else render()
        })
        return
      }
    }
    let settleRender: (entry: CachedPage | null) => void = () => undefined
    if (isStorable) {
      registry.renders.set(
        renderKey,
        new Promise<CachedPage | null>((resolve) => {
          let isSettled = false
          settleRender = (entry) => {
            if (isSettled) return
            isSettled = true
            registry.renders.delete(renderKey)
            resolve(entry)
          }
        }),
      )
      // A render that fails or whose reader goes away hands the waiters back to rendering themselves.
      res.on('close', () => settleRender(null))
    }
    render()

    function render() {
      // What earlier middleware set (the security headers): kept when Next's own headers are replaced.
      const headersBefore = res.getHeaders()
      const chunks: Buffer[] = []
      let status = 200
      const flushable = res as Response & { flush?: () => void }
      const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders, flush: flushable.flush }
      const restore = () => {
        res.writeHead = original.writeHead
        res.write = original.write
        res.end = original.end
        res.flushHeaders = original.flushHeaders
        flushable.flush = original.flush
      }
      // Next streams, flushing headers and chunks early; nothing may leave before the page is whole.
      res.flushHeaders = () => undefined
      flushable.flush = () => undefined
      const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
        if (Buffer.isBuffer(chunk)) return chunk
        if (chunk instanceof Uint8Array) return Buffer.from(chunk)
        return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      }

      res.writeHead = function writeHead(this: Response, code: number, ...rest: unknown[]) {
        status = code
        const headers = rest.find((arg) => arg && typeof arg === 'object') as OutgoingHttpHeaders | undefined
        if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string)
        return this
      } as typeof res.writeHead
      res.write = function write(this: Response, chunk: unknown, encoding?: unknown, callback?: unknown) {
        const buffer = toBuffer(chunk, encoding)
        if (buffer) chunks.push(buffer)
        const done = [encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
        done?.()
        return true
      } as typeof res.write
      res.end = function end(this: Response, chunk?: unknown, encoding?: unknown, callback?: unknown) {
        const buffer = toBuffer(chunk, encoding)
        if (buffer) chunks.push(buffer)
        restore()
        const finalStatus = res.statusCode !== 200 ? res.statusCode : status
        const headers = res.getHeaders()
        const contentType = headerText(headers['content-type']) ?? ''
        const raw = Buffer.concat(chunks)
        const isPublicOutput = CACHEABLE_TYPES.test(contentType) && !headers['set-cookie']
        if (!isPublicOutput) {
          res.statusCode = finalStatus
          res.end(raw)
        } else {
          const entry = buildEntry(finalStatus, headers, raw)
          for (const name of Object.keys(headers)) res.removeHeader(name)
          for (const [name, value] of Object.entries(headersBefore)) if (value !== undefined) res.setHeader(name, value)
          if (entry.status === 200 && isStorable && registry.generation === generationAtStart) {
            registry.pages.set(key, entry)
            forgetLeastRecentlyUsed(registry.pages, { maxEntries, maxBytes })
          }
          send(req, res, entry, entry.status === 200 && isStorable ? 'miss' : 'bypass')
          settleRender(entry.status === 200 ? entry : null)
        }
        settleRender(null)
        const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
        done?.()
        return res
      } as typeof res.end
      next()
    }
  }
}

/**
 * The same cache, answered before Express is involved at all: Express's router and
 * middleware cost more than everything else a cached page needs (see bench/). A hit gets the
 * security headers, the page's own headers and its compressed bytes; anything else — a miss,
 * a query string, a write, the admin, the APIs — goes on to Express. Returns whether it answered.
 */
export const createPublicPageFastPath = ({ isHttps, isShuttingDown }: { isHttps: boolean; isShuttingDown: () => boolean }) => {
  const registry = pageCacheRegistry()
  const security = Object.entries(securityHeaderValues({ isHttps }))
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const url = req.url ?? '/'
    if (url.includes('?') || NOT_PAGES.test(url) || UNCACHED_PAGES.test(url)) return false
    const cached = registry.pages.get(url)
    if (!cached || Date.now() - cached.storedAt > PUBLIC_PAGE_CACHE_TTL_MS) return false
    registry.pages.delete(url)
    registry.pages.set(url, cached)
    if (isShuttingDown()) res.setHeader('Connection', 'close')
    for (const [name, value] of security) res.setHeader(name, value)
    send(req, res, cached, 'hit')
    return true
  }
}
