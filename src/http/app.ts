import compression from 'compression'
import express from 'express'
import type { Express, NextFunction, Request, Response } from 'express'

import { DEFAULT_MAX_CONCURRENT_REQUESTS, limitConcurrency } from './limitConcurrency'
import { preferIndonesian } from './preferIndonesian'
import { publicPages } from './publicPages'
import type { ReadinessReport } from './readiness'
import { securityHeaders } from './securityHeaders'

export type AppDependencies = {
  handleNext: (req: Request, res: Response) => Promise<void> | void
  checkReadiness: () => Promise<ReadinessReport>
  isShuttingDown: () => boolean
  isHttps: boolean
}

/**
 * Express in front of Next: the layer that owns what no page should have to think about.
 * Health and readiness answer before Next is touched, so probes stay cheap and honest.
 */
export const createApp = ({ handleNext, checkReadiness, isShuttingDown, isHttps }: AppDependencies): Express => {
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

  app.use(compression())
  app.use(publicPages())
  app.use(preferIndonesian)
  app.use(limitConcurrency({ max: Number(process.env.LENTERA_MAX_CONCURRENT_REQUESTS ?? DEFAULT_MAX_CONCURRENT_REQUESTS) }))
  app.all('/{*splat}', (req, res) => handleNext(req, res))
  return app
}
