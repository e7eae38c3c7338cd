import compression from 'compression'
import express from 'express'
import type { Express, NextFunction, Request, Response } from 'express'

import { loginThrottle, loginThrottleSettings } from '../auth/loginThrottle'
import { pageCacheRegistry } from '../site/publicPageCache'
import { stampClientAddress } from './clientAddress'
import { DEFAULT_MAX_CONCURRENT_REQUESTS, limitConcurrency } from './limitConcurrency'
import type { ConcurrencyLimit } from './limitConcurrency'
import { gauge, metricsEndpoint } from './metrics'
import type { Family, RequestMetrics } from './metrics'
import { preferIndonesian } from './preferIndonesian'
import { publicPages } from './publicPages'
import type { ReadinessReport } from './readiness'
import { securityHeaders } from './securityHeaders'

export type AppDependencies = {
  handleNext: (req: Request, res: Response) => Promise<void> | void
  checkReadiness: () => Promise<ReadinessReport>
  isShuttingDown: () => boolean
  isHttps: boolean
  /** Counts of the requests the server received (src/server.ts observes them before any fast path). */
  requestMetrics?: RequestMetrics
  /** The database connection pools' state, where the adapter has pools (PostgreSQL). */
  databasePools?: () => { total: number; idle: number; waiting: number } | null
}

const stateFamilies = ({ concurrency, databasePools }: { concurrency: ConcurrencyLimit; databasePools?: AppDependencies['databasePools'] }): Family[] => {
  const registry = pageCacheRegistry()
  const throttle = loginThrottle()
  const gate = concurrency.stats()
  const pools = databasePools?.() ?? null
  return [
    gauge('lentera_public_page_cache_entries', 'Rendered public pages held in memory.', registry.pages.size),
    gauge('lentera_anonymous_query_cache_entries', 'Anonymous GraphQL answers held in memory.', registry.queries.size),
    { name: 'lentera_public_cache_invalidations_total', help: 'Times a public change emptied the caches.', type: 'counter', samples: [{ value: registry.invalidations }] },
    gauge('lentera_requests_in_progress', 'Requests inside Next and Payload now (at most LENTERA_MAX_CONCURRENT_REQUESTS).', gate.active),
    gauge('lentera_requests_waiting', 'Requests waiting for a turn inside Next and Payload.', gate.waiting),
    gauge('lentera_login_throttled_addresses', 'Client addresses with recent failed sign-ins remembered.', throttle.ledger.size(Date.now())),
    { name: 'lentera_login_refusals_total', help: 'Sign-ins refused because their address failed too often.', type: 'counter', samples: [{ value: throttle.refusedTotal }] },
    ...(pools
      ? [
          gauge('lentera_database_connections', 'Database pool connections by state.', [
            { labels: { state: 'open' }, value: pools.total },
            { labels: { state: 'idle' }, value: pools.idle },
          ]),
          gauge('lentera_database_waiting_queries', 'Queries waiting for a free database connection.', pools.waiting),
        ]
      : []),
  ]
}

/**
 * Express in front of Next: the layer that owns what no page should have to think about.
 * Health and readiness answer before Next is touched, so probes stay cheap and honest.
 */
export const createApp = ({ handleNext, checkReadiness, isShuttingDown, isHttps, requestMetrics, databasePools }: AppDependencies): Express => {
  // Read now so that a mistyped setting stops the start with a clear message, not the first login.
  loginThrottleSettings(process.env)
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === 'true' ? 1 : false)

  app.use((_req: Request, res: Response, next: NextFunction) => {
    // Keep-alive clients are told to reconnect elsewhere while the server drains.
    if (isShuttingDown()) res.setHeader('Connection', 'close')
    next()
  })
  app.use(securityHeaders({ isHttps }))

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })

  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting-down', isReady: false })
      return
    }
    const report = await checkReadiness()
    res.status(report.isReady ? 200 : 503).json({ status: report.isReady ? 'ready' : 'not-ready', ...report })
  })

  const concurrency = limitConcurrency({ max: Number(process.env.LENTERA_MAX_CONCURRENT_REQUESTS ?? DEFAULT_MAX_CONCURRENT_REQUESTS) })
  app.get(
    '/metrics',
    metricsEndpoint({
      token: process.env.LENTERA_METRICS_TOKEN || undefined,
      families: () => [...(requestMetrics?.families() ?? []), ...stateFamilies({ concurrency, databasePools })],
    }),
  )

  app.use(compression())
  app.use(publicPages())
  app.use(preferIndonesian)
  app.use(stampClientAddress)
  app.use(concurrency)
  app.all('/{*splat}', (req, res) => handleNext(req, res))
  return app
}
