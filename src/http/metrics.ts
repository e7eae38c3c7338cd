import { createHash, timingSafeEqual } from 'crypto'
import type { IncomingMessage, ServerResponse } from 'http'
import { monitorEventLoopDelay, performance } from 'perf_hooks'
import type { Request, RequestHandler, Response } from 'express'

/** What a request was for, as far as an operator cares; a closed set, so label values stay few. */
export const REQUEST_KINDS = ['page', 'api', 'graphql', 'admin', 'asset', 'probe', 'metrics'] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

export const requestKindOf = (url: string): RequestKind => {
  const path = url.split('?', 1)[0]
  if (path === '/api/graphql' || path.startsWith('/api/graphql/')) return 'graphql'
  if (path === '/api' || path.startsWith('/api/')) return 'api'
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin'
  if (path.startsWith('/_next/') || path === '/favicon.ico') return 'asset'
  if (path === '/healthz' || path === '/readyz') return 'probe'
  if (path === '/metrics') return 'metrics'
  return 'page'
}

/** Upper bounds in seconds: from a cached answer (under 5 ms) to a slow render (seconds). */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const

type Labels = Record<string, string>
export type Sample = { labels?: Labels; value: number }
export type Family = { name: string; help: string; type: 'counter' | 'gauge' | 'histogram'; samples: (Sample & { suffix?: string })[] }

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
const formatLabels = (labels: Labels = {}) => {
  const entries = Object.entries(labels)
  return entries.length === 0 ? '' : `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`
}
const formatValue = (value: number) => (Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN')

/** Prometheus' text exposition format (version 0.0.4). */
export const formatPrometheus = (families: Family[]): string =>
  families
    .map((family) =>
      [
        `# HELP ${family.name} ${family.help}`,
        `# TYPE ${family.name} ${family.type}`,
        ...family.samples.map((sample) => `${family.name}${sample.suffix ?? ''}${formatLabels(sample.labels)} ${formatValue(sample.value)}`),
      ].join('\n'),
    )
    .join('\n')
    .concat('\n')

type Histogram = { buckets: number[]; sum: number; count: number }

export type RequestMetrics = {
  /** For a request already answered, synchronously (a cached page): counted, not timed. */
  countAnswered: (req: IncomingMessage, res: ServerResponse) => void
  /** For every other request, as it arrives: counted and timed when its response is sent or its reader leaves. */
  observe: (req: IncomingMessage, res: ServerResponse) => void
  families: () => Family[]
}

/**
 * Counts every request the server answers (the fast paths before Express included), by kind,
 * status class and cache outcome (the X-Lentera-Cache header), with a latency histogram per
 * kind. A page answered from the cache is counted as it is answered (`countAnswered`, a few
 * additions) but not timed: it is answered synchronously, in microseconds, and a listener per
 * request cost a tenth of the cached pages' throughput (measured in bench/). Everything else
 * is timed until its response is sent or its reader leaves (`observe`).
 */
export const createRequestMetrics = (): RequestMetrics => {
  const requests = new Map<string, { labels: Labels; value: number }>()
  const cacheAnswers = new Map<string, { labels: Labels; value: number }>()
  const durations = new Map<RequestKind, Histogram>()
  const eventLoopDelay = monitorEventLoopDelay({ resolution: 20 })
  eventLoopDelay.enable()

  const increment = (map: Map<string, { labels: Labels; value: number }>, key: string, labels: () => Labels) => {
    const entry = map.get(key)
    if (entry) entry.value += 1
    else map.set(key, { labels: labels(), value: 1 })
  }

  const count = (req: IncomingMessage, res: ServerResponse, kind: RequestKind, status: string) => {
    const method = req.method ?? 'GET'
    increment(requests, `${kind} ${method} ${status}`, () => ({ kind, method, status }))
    const outcome = res.getHeader('x-lentera-cache')
    if (typeof outcome === 'string') increment(cacheAnswers, `${kind} ${outcome}`, () => ({ kind, outcome }))
  }
  const statusClass = (res: ServerResponse) => `${Math.floor(res.statusCode / 100)}xx`

  return {
    countAnswered: (req, res) => count(req, res, requestKindOf(req.url ?? '/'), statusClass(res)),
    observe: (req, res) => {
      const started = performance.now()
      res.once('close', () => {
        const seconds = (performance.now() - started) / 1000
        const kind = requestKindOf(req.url ?? '/')
        // A reader who left before the answer was sent is counted too, as "aborted".
        count(req, res, kind, res.writableFinished ? statusClass(res) : 'aborted')
        let histogram = durations.get(kind)
        if (!histogram) {
          histogram = { buckets: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 }
          durations.set(kind, histogram)
        }
        const bucket = DURATION_BUCKETS.findIndex((bound) => seconds <= bound)
        if (bucket !== -1) histogram.buckets[bucket] += 1
        histogram.sum += seconds
        histogram.count += 1
      })
    },
    families: () => {
      const memory = process.memoryUsage()
      const delayP99 = eventLoopDelay.percentile(99)
      eventLoopDelay.reset()
      const histogramSamples = [...durations].flatMap(([kind, histogram]) => {
        let cumulative = 0
        return [
          ...DURATION_BUCKETS.map((bound, index) => {
            cumulative += histogram.buckets[index]
            return { suffix: '_bucket', labels: { kind, le: String(bound) }, value: cumulative }
          }),
          { suffix: '_bucket', labels: { kind, le: '+Inf' }, value: histogram.count },
          { suffix: '_sum', labels: { kind }, value: histogram.sum },
          { suffix: '_count', labels: { kind }, value: histogram.count },
        ]
      })
      return [
        { name: 'lentera_http_requests_total', help: 'Requests received, by kind, method and status class (aborted: the client left before the answer was sent).', type: 'counter', samples: [...requests.values()] },
        {
          name: 'lentera_http_request_duration_seconds',
          help: 'Time from a request arriving to its response being handed to the operating system (or the client leaving).',
          type: 'histogram',
          samples: histogramSamples,
        },
        {
          name: 'lentera_public_cache_answers_total',
          help: 'Public pages and anonymous GraphQL answers by cache outcome (hit, miss, shared render, bypass).',
          type: 'counter',
          samples: [...cacheAnswers.values()],
        },
        { name: 'process_resident_memory_bytes', help: 'Resident set size.', type: 'gauge', samples: [{ value: memory.rss }] },
        { name: 'nodejs_heap_used_bytes', help: 'V8 heap in use.', type: 'gauge', samples: [{ value: memory.heapUsed }] },
        {
          name: 'nodejs_eventloop_delay_p99_seconds',
          help: 'The 99th percentile of event loop delay since the previous scrape.',
          type: 'gauge',
          samples: [{ value: Number.isNaN(delayP99) ? 0 : delayP99 / 1e9 }],
        },
        { name: 'process_uptime_seconds', help: 'Seconds since the process started.', type: 'gauge', samples: [{ value: Math.round(process.uptime()) }] },
      ] satisfies Family[]
    },
  }
}

// Digests of equal length: comparing them takes the same time whatever was sent, and says nothing of the token's length.
const digest = (text: string) => createHash('sha256').update(text).digest()
const matchesToken = (header: string | undefined, token: string) => {
  const presented = /^Bearer (.+)$/i.exec(header ?? '')?.[1]
  return presented !== undefined && timingSafeEqual(digest(presented), digest(token))
}

/**
 * GET /metrics for Prometheus. Off unless LENTERA_METRICS_TOKEN is set, and then only with
 * `Authorization: Bearer <token>`: the figures say nothing about people, but how busy the
 * server is and how its caches behave is for its operators, not for everyone. (Allowing
 * loopback addresses instead would open it to the world behind a reverse proxy on the host.)
 */
export const metricsEndpoint = ({ token, families }: { token: string | undefined; families: () => Family[] }): RequestHandler => {
  return (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    if (!token) {
      res.status(404).json({ error: 'Metrik tidak aktif: setel LENTERA_METRICS_TOKEN untuk mengaktifkannya. (Metrics are off: set LENTERA_METRICS_TOKEN to turn them on.)' })
      return
    }
    if (!matchesToken(req.headers.authorization, token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
      res.status(401).json({ error: 'Metrik memerlukan token: kirim "Authorization: Bearer <LENTERA_METRICS_TOKEN>". (Metrics need the token.)' })
      return
    }
    res.type('text/plain; version=0.0.4; charset=utf-8').send(formatPrometheus(families()))
  }
}

export const gauge = (name: string, help: string, samples: number | Sample[]): Family => ({
  name,
  help,
  type: 'gauge',
  samples: typeof samples === 'number' ? [{ value: samples }] : samples,
})
