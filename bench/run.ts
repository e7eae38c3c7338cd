/**
 * `npm run bench`: Lentera's production server against baselines measured in the same run.
 *
 *   npm run bench                      1× dataset, 10 s per measurement
 *   npm run bench -- --scale 10 --duration 20
 *   npm run bench -- --smoke           1×, 2 s per measurement (what CI runs)
 *
 * Starts the built server (dist/server.mjs) on a fresh embedded PostgreSQL with the demo
 * roadmap, loads the generated dataset through the REST API, warms up, and measures with
 * autocannon at 50 connections. Baselines: a bare Node `http` server sending the home page's
 * bytes (the ceiling for pages) and one raw SQL query through `pg` returning the roadmap
 * query's JSON (the ceiling for the API). Results: a table on stdout, JSON and Markdown in
 * bench/results/.
 */
import { execFileSync } from 'child_process'
import { randomBytes } from 'crypto'
import { existsSync } from 'fs'
import { mkdir, readFile, writeFile } from 'fs/promises'
import http from 'http'
import { createRequire } from 'module'
import os from 'os'
import path from 'path'
import pg from 'pg'

import { startServer } from '../test/helpers/server'
import type { RunningServer } from '../test/helpers/server'
import { freePort, startThrowawayPostgres } from '../test/helpers/testDatabase'
import { loadDataset } from './dataset'

const require = createRequire(import.meta.url)
type AutocannonResult = {
  requests: { average: number }
  latency: { p50: number; p99: number }
  errors: number
  non2xx: number
  timeouts: number
}
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>

const projectRoot = path.resolve(import.meta.dirname, '..')
const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}
const isSmoke = process.argv.includes('--smoke')
const scale = Number(argument('scale') ?? 1)
const duration = Number(argument('duration') ?? (isSmoke ? 2 : 10))
const CONNECTIONS = 50

type Measurement = { name: string; group: 'page' | 'graphql' | 'rest' | 'baseline'; reqPerSec: number; p50: number; p99: number; errors: number }

const measure = async (name: string, group: Measurement['group'], options: { url: string; method?: string; body?: string; headers?: Record<string, string> }): Promise<Measurement> => {
  // Warm-up: the first requests fill caches and JIT; they are not counted.
  await autocannon({ ...options, connections: 10, duration: 1 })
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration })
  return {
    name,
    group,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }
}

const rssOf = async (pid: number | undefined): Promise<number> => {
  if (!pid) return 0
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    return Math.round(kilobytes / 1024)
  } catch {
    return 0
  }
}

const main = async () => {
  if (!existsSync(path.join(projectRoot, '.next/BUILD_ID')) || !existsSync(path.join(projectRoot, 'dist/server.mjs'))) {
    execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
  }
  const database = await startThrowawayPostgres()
  let server: RunningServer | undefined
  const baselines: http.Server[] = []
  const pool = new pg.Pool({ connectionString: database.uri, max: 10 })
  try {
    const coldStartBegan = Date.now()
    server = await startServer({
      env: { DATABASE_URI: database.uri, SEED_DEMO: 'true', PAYLOAD_SECRET: randomBytes(32).toString('hex'), LENTERA_LOG_DATABASE: undefined },
    })
    const coldStartMs = Date.now() - coldStartBegan
    const base = server.url

    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: process.env.DEMO_PASSWORD ?? 'lentera-demo-2025' }),
    })
    const { token } = (await login.json()) as { token: string }
    const authorized = { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }
    const client = {
      post: async (apiPath: string, body: unknown) => {
        const response = await fetch(`${base}/api${apiPath}`, { method: 'POST', headers: authorized, body: JSON.stringify(body) })
        if (response.status !== 201) throw new Error(`POST ${apiPath}: ${response.status} ${(await response.text()).slice(0, 300)}`)
        return ((await response.json()) as { doc: { id: number } }).doc
      },
      get: async <T>(apiPath: string) => (await (await fetch(`${base}/api${apiPath}`, { headers: authorized })).json()) as T,
    }
    const loadBegan = Date.now()
    const { size } = await loadDataset({ client, scale })
    const loadSeconds = Math.round((Date.now() - loadBegan) / 1000)

    const roadmap = (await client.get<{ docs: { id: number }[] }>('/roadmaps?where[status][equals]=adopted&limit=1&depth=0')).docs[0]
    const commitment = (await client.get<{ docs: { slug: string }[] }>('/commitments?limit=1&depth=0&sort=title')).docs[0]
    const commitmentsTotal = (await client.get<{ totalDocs: number }>('/commitments?limit=1&depth=0')).totalDocs
    const deepPage = Math.max(1, Math.ceil(commitmentsTotal / 20))

    const roadmapQuery = JSON.stringify({
      query: `query ($roadmap: JSON) { RoadmapSections(where: { roadmap: { equals: $roadmap } }, limit: 500) { docs { id code kind title progress parent { id } } } }`,
      variables: { roadmap: roadmap.id },
    })
    const commitmentsQuery = (page: number) =>
      JSON.stringify({ query: `{ Commitments(limit: 20, page: ${page}, sort: "title") { totalDocs docs { title slug status progress organization { name } } } }` })
    const json = { 'Content-Type': 'application/json' }

    // Baselines, on this machine, now.
    const homeBytes = Buffer.from(await (await fetch(`${base}/`)).arrayBuffer())
    const pagePort = await freePort()
    const pageBaseline = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': homeBytes.length })
      res.end(homeBytes)
    })
    await new Promise<void>((resolve) => pageBaseline.listen(pagePort, '127.0.0.1', resolve))
    baselines.push(pageBaseline)
    const sqlPort = await freePort()
    const sqlBaseline = http.createServer(async (_req, res) => {
      const { rows } = await pool.query(
        `select s.id, s.code, s.kind, l.title, s.progress, case when s.parent_id is null then null else json_build_object('id', s.parent_id) end as parent
           from roadmap_sections s join roadmap_sections_locales l on l._parent_id = s.id and l._locale = 'id'
          where s.roadmap_id = $1 and s._status = 'published' and s.deleted_at is null order by s.code`,
        [roadmap.id],
      )
      const body = JSON.stringify({ data: { RoadmapSections: { docs: rows } } })
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })
      res.end(body)
    })
    await new Promise<void>((resolve) => sqlBaseline.listen(sqlPort, '127.0.0.1', resolve))
    baselines.push(sqlBaseline)

    const measurements: Measurement[] = []
    const rssSamples: number[] = []
    const sampler = setInterval(() => void rssOf(server?.child.pid).then((rss) => rssSamples.push(rss)), 500)
    measurements.push(await measure('bare Node http, home page bytes', 'baseline', { url: `http://127.0.0.1:${pagePort}/` }))
    measurements.push(await measure('raw SQL via pg, roadmap JSON', 'baseline', { url: `http://127.0.0.1:${sqlPort}/` }))
    measurements.push(await measure('home page /', 'page', { url: `${base}/` }))
    measurements.push(await measure('commitment page', 'page', { url: `${base}/komitmen/${commitment.slug}` }))
    measurements.push(await measure('partner page', 'page', { url: `${base}/mitra/kemenpppa` }))
    measurements.push(await measure('GraphQL roadmap tree', 'graphql', { url: `${base}/api/graphql`, method: 'POST', body: roadmapQuery, headers: json }))
    measurements.push(await measure('GraphQL commitments page 1', 'graphql', { url: `${base}/api/graphql`, method: 'POST', body: commitmentsQuery(1), headers: json }))
    measurements.push(await measure(`GraphQL commitments page ${deepPage}`, 'graphql', { url: `${base}/api/graphql`, method: 'POST', body: commitmentsQuery(deepPage), headers: json }))
    measurements.push(await measure('REST roadmap sections', 'rest', { url: `${base}/api/roadmap-sections?where[roadmap][equals]=${roadmap.id}&limit=500&depth=0` }))
    measurements.push(await measure('REST commitments page 1', 'rest', { url: `${base}/api/commitments?limit=20&page=1&sort=title&depth=1` }))
    measurements.push(await measure(`REST commitments page ${deepPage}`, 'rest', { url: `${base}/api/commitments?limit=20&page=${deepPage}&sort=title&depth=1` }))
    clearInterval(sampler)

    // Publish → fresh: from the publishing response to the public page showing the change.
    const milestone = (await client.get<{ docs: { id: number; commitment: number }[] }>(`/milestones?limit=1&depth=0&where[commitment.slug][equals]=${commitment.slug}`)).docs[0]
    const freshTitle = `Diterbitkan ${Date.now()}`
    await fetch(`${base}/komitmen/${commitment.slug}`)
    await fetch(`${base}/api/milestones/${milestone.id}`, { method: 'PATCH', headers: authorized, body: JSON.stringify({ title: freshTitle, _status: 'published' }) })
    const published = Date.now()
    let publishToFreshMs = Number.NaN
    while (Date.now() - published < 10_000) {
      if ((await (await fetch(`${base}/komitmen/${commitment.slug}`)).text()).includes(freshTitle)) {
        publishToFreshMs = Date.now() - published
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }

    const pageCeiling = measurements[0].reqPerSec
    const apiCeiling = measurements[1].reqPerSec
    const ratioOf = (measurement: Measurement) =>
      measurement.group === 'baseline' ? 1 : measurement.reqPerSec / (measurement.group === 'page' ? pageCeiling : apiCeiling)
    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      scale,
      size,
      durationSeconds: duration,
      connections: CONNECTIONS,
      coldStartMs,
      loadSeconds,
      publishToFreshMs,
      peakRssMb: Math.max(0, ...rssSamples),
      measurements: measurements.map((measurement) => ({ ...measurement, ratio: Number(ratioOf(measurement).toFixed(3)) })),
    }

    const table = [
      `| measurement | req/s | ratio to ceiling | p50 ms | p99 ms | errors |`,
      `|---|---:|---:|---:|---:|---:|`,
      ...results.measurements.map((m) => `| ${m.name} | ${m.reqPerSec} | ${m.group === 'baseline' ? 'ceiling' : `${m.ratio}×`} | ${m.p50} | ${m.p99} | ${m.errors} |`),
    ].join('\n')
    const summary = [
      `Lentera benchmark, ${results.measuredAt}: ${scale}× (${size.commitments} commitments, ${size.commitments * size.milestonesPerCommitment} milestones, ${size.reports} reports), ${CONNECTIONS} connections, ${duration} s each.`,
      `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}; autocannon on the same machine.`,
      '',
      table,
      '',
      `Cold start to /readyz 200: ${coldStartMs} ms · publish → fresh: ${Number.isNaN(publishToFreshMs) ? 'not seen within 10 s' : `${publishToFreshMs} ms`} · peak server RSS under load: ${results.peakRssMb} MB · dataset load: ${loadSeconds} s`,
    ].join('\n')
    console.log(`\n${summary}\n`)
    if (!isSmoke) {
      const resultsDir = path.join(projectRoot, 'bench/results')
      await mkdir(resultsDir, { recursive: true })
      const stamp = results.measuredAt.replace(/[:.]/g, '-')
      await writeFile(path.join(resultsDir, `${stamp}-${scale}x.json`), `${JSON.stringify(results, null, 2)}\n`)
      await writeFile(path.join(resultsDir, `latest-${scale}x.md`), `${summary}\n`)
    }
    const failed = results.measurements.filter((measurement) => measurement.errors > 0)
    if (failed.length > 0 || Number.isNaN(publishToFreshMs)) {
      console.error(`Errors in: ${failed.map((measurement) => measurement.name).join(', ') || 'publish → fresh'}`)
      process.exitCode = 1
    }
  } finally {
    for (const baseline of baselines) baseline.close()
    await pool.end()
    await server?.stop()
    await database.stop()
  }
}

await main()
// Keep-alive sockets of the baselines and autocannon's agents would hold the process open.
process.exit(process.exitCode ?? 0)
