import { timingSafeEqual } from 'crypto'
import type { IncomingMessage, ServerResponse } from 'http'
import { monitorEventLoopDelay } from 'perf_hooks'
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
  /** Call first for every request the server receives, cached answers included. */
  observe: (req: IncomingMessage, res: ServerResponse) => void
  families: () => Family[]
}

/**
 * Counts every request the server answers (the fast paths before Express included), by kind,
 * status class and cache outcome (the X-Lentera-Cache header), with a latency histogram per
 * kind. Recording is a listener and a few additions per request: cheap enough for the paths
 * that answer thousands of requests a second.
 */
export const createRequestMetrics = (): RequestMetrics => {
  const requests = new Map<string, { labels: Labels; value: number }>()
  const cacheAnswers = new Map<string, { labels: Labels; value: number }>()
  const durations = new Map<RequestKind, Histogram>()
  const eventLoopDelay = monitorEventLoopDelay({ resolution: 20 })
  eventLoopDelay.enable()

  const increment = (map: Map<string, { labels: Labels; value: number }>, labels: Labels) => {
    const key = Object.values(labels).join('\u0000')
    const entry = map.get(key)
    if (entry) entry.value += 1
    else map.set(key, { labels, value: 1 })
  }

  return {
    observe: (req, res) => {
      const started = process.hrtime.bigint()
      res.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        const kind = requestKindOf(req.url ?? '/')
        increment(requests, { kind, method: req.method ?? 'GET', status: `${Math.floor(res.statusCode / 100)}xx` })
        const cacheOutcome = res.getHeader('x-lentera-cache')
        if (typeof cacheOutcome === 'string') increment(cacheAnswers, { kind, outcome: cacheOutcome })
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
        { name: 'lentera_http_requests_total', help: 'Requests answered, by kind, method and status class.', type: 'counter', samples: [...requests.values()] },
        {
          name: 'lentera_http_request_duration_seconds',
          help: 'Time from a request arriving to its response being handed to the operating system.',
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
          samples: [{ value: Number.isNaN(eventLoopDelay.percentile(99)) ? 0 : eventLoopDelay.percentile(99) / 1e9 }],
        },
        { name: 'process_uptime_seconds', help: 'Seconds since the process started.', type: 'gauge', samples: [{ value: Math.round(process.uptime()) }] },
      ] satisfies Family[]
    },
  }
}

const matchesToken = (header: string | undefined, token: string) => {
  const presented = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '')
  const expected = Buffer.from(token)
  return presented.length === expected.length && timingSafeEqual(presented, expected)
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
