/**
 * Lentera's one server: Express in front of Next (Payload's custom-server pattern).
 * Start-up order matters: secret and database first (so every Payload instance in this
 * process sees the same DATABASE_URI), then migrations, optional demo data, then Next.
 */
import { spawnSync } from 'child_process'
import { existsSync, writeSync } from 'fs'
import http from 'http'
import type { Server } from 'http'
import path from 'path'
import next from 'next'
import type { Payload } from 'payload'

import { closePayload } from './db/closePayload'
import { prepareEnvironment } from './runtime/environment'
import { PROJECT_ROOT } from './utilities/projectRoot'

const projectRoot = PROJECT_ROOT
const isDev = process.env.NODE_ENV === 'development'
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const shutdownTimeoutMs = Number(process.env.LENTERA_SHUTDOWN_TIMEOUT_MS ?? 15_000)

// Written synchronously: the last lines before process.exit() must not be lost in a pipe.
const log = (message: string, extra: Record<string, unknown> = {}) =>
  writeSync(1, `${JSON.stringify({ time: new Date().toISOString(), msg: message, ...extra })}\n`)

if (!isDev) process.env.DISABLE_PAYLOAD_HMR = 'true'

const ensureBuild = () => {
  if (isDev || existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) return
  log('No production build found: building Lentera first (this takes a few minutes once)')
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: process.env,
  })
  if (result.status !== 0) throw new Error('The build failed; see the output above.')
}

/** Every Payload instance in this process (ours and the one inside Next's bundle) shares one global cache. */
const destroyAllPayloadInstances = async () => {
  const cache = (globalThis as { _payload?: Map<string, { payload?: Payload | null }> })._payload
  for (const entry of cache?.values() ?? []) {
    await closePayload(entry.payload).catch((error: unknown) => log('Closing a database pool failed', { err: String(error) }))
    entry.payload = null
  }
}

type PoolState = { totalCount?: number; idleCount?: number; waitingCount?: number }

/** The pools of every Payload instance in this process (see above), added up; null without any (MongoDB). */
const sumDatabasePools = () => {
  const cache = (globalThis as { _payload?: Map<string, { payload?: Payload | null }> })._payload
  const pools = [...(cache?.values() ?? [])]
    .map((entry) => (entry.payload?.db as { pool?: PoolState } | undefined)?.pool)
    .filter((pool): pool is PoolState => typeof pool?.totalCount === 'number')
  if (pools.length === 0) return null
  return pools.reduce(
    (sum, pool) => ({ total: sum.total + (pool.totalCount ?? 0), idle: sum.idle + (pool.idleCount ?? 0), waiting: sum.waiting + (pool.waitingCount ?? 0) }),
    { total: 0, idle: 0, waiting: 0 },
  )
}

/**
 * Next's bundle holds its own Payload instance, initialised by the first request that needs it.
 * If the database is down at that moment, Payload 3.90's failed initialisation allocates until
 * the heap runs out and the process dies (seen in test/int/server.http.spec.ts). So it is
 * initialised now, by one anonymous request, while the database is known to answer.
 */
const warmUpNextPayload = async (listening: Server) => {
  const address = listening.address()
  if (!address || typeof address === 'string') return
  const hostname = address.family === 'IPv6' ? `[${address.address === '::' ? '::1' : address.address}]` : address.address === '0.0.0.0' ? '127.0.0.1' : address.address
  const started = Date.now()
  try {
    const response = await fetch(`http://${hostname}:${address.port}/api/users/me`, { headers: { 'Accept-Language': 'id' } })
    await response.arrayBuffer()
    log('Warmed up the API', { status: response.status, ms: Date.now() - started })
  } catch (error) {
    log('Warming up the API failed; the first API request will initialise it', { err: String(error) })
  }
}

const main = async () => {
  log('Starting Lentera', { pid: process.pid })
  const environment = await prepareEnvironment({
    log: process.env.LENTERA_LOG_DATABASE === 'true' ? (line) => log('postgres', { line: line.trim() }) : undefined,
  })
  log('Database available', { database: environment.isEmbeddedDatabase ? 'embedded PostgreSQL' : 'DATABASE_URI' })
  let isShuttingDown = false
  let server: Server | undefined

  const shutdown = async (signal: string) => {
    if (isShuttingDown) return
    isShuttingDown = true
    log('Shutting down: no new connections, finishing requests in flight', { signal })
    const forceExit = setTimeout(() => {
      log('In-flight requests did not finish in time; closing them', { timeoutMs: shutdownTimeoutMs })
      server?.closeAllConnections()
    }, shutdownTimeoutMs)
    forceExit.unref()
    if (server) {
      const closed = new Promise<void>((resolve) => server?.close(() => resolve()))
      server.closeIdleConnections()
      await closed
    }
    clearTimeout(forceExit)
    await destroyAllPayloadInstances()
    await environment.stopDatabase()
    log('Stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))

  try {
    ensureBuild()
    const {
      getPayload,
      config,
      runMigrations,
      expectedMigrationNames,
      seedIfRequested,
      createApp,
      createPublicPageFastPath,
      createAnonymousQueryFastPath,
      createRequestMetrics,
      checkReadiness,
    } = await import('./runtime/modules')
    log('Modules loaded')
    const payload = await getPayload({ config, key: 'lentera-server' })
    log('Payload initialised')
    await runMigrations({ payload })
    log('Migrations applied')
    await seedIfRequested({ payload, log })

    const nextApp = next({ dev: isDev, dir: projectRoot, hostname: 'localhost', port })
    const handle = nextApp.getRequestHandler()
    await nextApp.prepare()
    log('Next is ready')

    const isHttps = (process.env.PUBLIC_URL ?? '').startsWith('https://')
    const requestMetrics = createRequestMetrics()
    const app = createApp({
      requestMetrics,
      databasePools: sumDatabasePools,
      handleNext: (req, res) => handle(req, res),
      checkReadiness: () => checkReadiness({ payload, expectedMigrations: expectedMigrationNames(payload) }),
      isShuttingDown: () => isShuttingDown,
      isHttps,
    })
    const answerFromCache = createPublicPageFastPath({ isHttps, isShuttingDown: () => isShuttingDown })
    const answerQueryFromCache = createAnonymousQueryFastPath({ isHttps, isShuttingDown: () => isShuttingDown, passOn: (req, res) => app(req, res) })
    server = http.createServer((req, res) => {
      if (answerFromCache(req, res)) {
        requestMetrics.countAnswered(req, res)
        return
      }
      requestMetrics.observe(req, res)
      if (!answerQueryFromCache(req, res)) app(req, res)
    })
    if (process.env.TRUST_PROXY === 'true' && (host === '0.0.0.0' || host === '::')) {
      log('TRUST_PROXY=true while listening on every interface: a client reaching this port directly, not through the proxy, chooses the address it is counted under (X-Forwarded-For). Set HOST=127.0.0.1 behind a proxy on this host.')
    }
    server.listen(port, host, () => {
      log(`Lentera is listening on http://localhost:${port}`, {
        mode: isDev ? 'development' : 'production',
        database: environment.isEmbeddedDatabase ? 'embedded PostgreSQL' : 'DATABASE_URI',
      })
      if (server) void warmUpNextPayload(server)
    })
    server.on('error', (error) => {
      log('The HTTP server failed', { err: String(error) })
      void shutdown('server-error').then(() => process.exit(1))
    })
  } catch (error) {
    log('Lentera could not start', { err: error instanceof Error ? error.message : String(error) })
    await destroyAllPayloadInstances()
    await environment.stopDatabase()
    process.exit(1)
  }
}

process.on('unhandledRejection', (reason) => log('Unhandled promise rejection', { err: String(reason) }))

void main()
