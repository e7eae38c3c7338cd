/**
 * `npm run bench`: Lentera's production server against baselines measured in the same run.
 *
 *   npm run bench                      1×, 10× and 100×, 10 s per measurement
 *   npm run bench -- --scale 10 --duration 20
 *   npm run bench -- --smoke           1× only, 2 s per measurement, nothing written (what CI runs)
 *
 * Starts the built server (dist/server.mjs) on a fresh embedded PostgreSQL with the demo
 * roadmap, loads the generated 1× dataset through the REST API, warms up, and measures with
 * autocannon at 50 connections; then multiplies the data inside PostgreSQL
 * (bench/multiplyDataset.ts) to each larger scale and measures again, so the growth of every
 * latency comes from one run on one machine. Baselines: a bare Node `http` server sending
 * the home page's bytes (the ceiling for pages) and one raw SQL query through `pg` returning
 * the roadmap query's JSON (the ceiling for the API), each measured before and after the
 * rest (the better figure counts). Results: tables on stdout, JSON and Markdown in
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
import { multiplyDataset } from './multiplyDataset'
import { scaleSteps } from './scales'

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
const targetScale = Number(argument('scale') ?? (isSmoke ? 1 : 100))
const duration = Number(argument('duration') ?? (isSmoke ? 2 : 10))
const CONNECTIONS = 50

const scales = scaleSteps(targetScale)

type Group = 'page' | 'page-render' | 'page-search' | 'graphql' | 'graphql-uncached' | 'rest' | 'baseline'
type Measurement = { name: string; group: Group; reqPerSec: number; p50: number; p99: number; errors: number; peakRssMb: number }
type Target = { name: string; value: string; isMet: boolean }

const measure = async (name: string, group: Group, options: { url: string; method?: string; body?: string; headers?: Record<string, string> }): Promise<Measurement> => {
  // A figure for a request that fails (a GraphQL error answers 200) would measure the wrong thing.
  const probe = await fetch(options.url, { method: options.method ?? 'GET', body: options.body, headers: options.headers })
  const probeText = await probe.text()
  if (probe.status !== 200 || (group.startsWith('graphql') && probeText.includes('"errors"'))) {
    throw new Error(`${name}: ${probe.status} ${probeText.slice(0, 300)}`)
  }
  // Warm-up: the first requests fill caches and JIT; they are not counted.
  await autocannon({ ...options, connections: 10, duration: 1 })
  const rssSamples: number[] = []
  const sampler = setInterval(() => void rssOf(measuredPid).then((rss) => rssSamples.push(rss)), 250)
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration })
  clearInterval(sampler)
  return {
    peakRssMb: Math.max(0, ...rssSamples),
    name,
    group,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  }
}

/**
 * For a request too slow to put under load (Payload's offset pages at 100×: half a minute
 * each): two requests one after the other, timed. Under load they would only queue behind
 * each other, and abandoned ones would keep the database busy for minutes afterwards.
 */
const measureSequentially = async (name: string, group: Group, options: { url: string; method?: string; body?: string; headers?: Record<string, string> }): Promise<Measurement> => {
  const latencies: number[] = []
  let errors = 0
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const began = performance.now()
    const response = await fetch(options.url, { method: options.method ?? 'GET', body: options.body, headers: options.headers, signal: AbortSignal.timeout(120_000) })
    const text = await response.text()
    if (response.status !== 200 || text.includes('"errors"')) errors += 1
    latencies.push(Math.round(performance.now() - began))
  }
  const rss = await rssOf(measuredPid)
  return { name, group, reqPerSec: Number((latencies.length / (latencies.reduce((sum, value) => sum + value, 0) / 1000)).toFixed(2)), p50: Math.min(...latencies), p99: Math.max(...latencies), errors, peakRssMb: rss }
}

/** The server process whose memory is sampled while a measurement runs. */
let measuredPid: number | undefined

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

const waitUntilReady = async (base: string) => {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if ((await fetch(`${base}/readyz`).catch(() => null))?.status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('/readyz never answered 200')
}

const ROADMAP_SQL = `select s.id, s.code, s.kind, l.title, s.progress, case when s.parent_id is null then null else json_build_object('id', s.parent_id) end as parent
   from roadmap_sections s join roadmap_sections_locales l on l._parent_id = s.id and l._locale = 'id'
  where s.roadmap_id = $1 and s._status = 'published' and s.deleted_at is null order by s.code`

const main = async () => {
  if (!existsSync(path.join(projectRoot, '.next/BUILD_ID')) || !existsSync(path.join(projectRoot, 'dist/server.mjs'))) {
    execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
  }
  const database = await startThrowawayPostgres()
  let server: RunningServer | undefined
  const baselines: http.Server[] = []
  const pool = new pg.Pool({ connectionString: database.uri, max: 10 })
  try {
    const serverEnv = { DATABASE_URI: database.uri, SEED_DEMO: 'true', PAYLOAD_SECRET: randomBytes(32).toString('hex'), LENTERA_LOG_DATABASE: undefined }
    const coldStartBegan = Date.now()
    server = await startServer({ env: serverEnv })
    await waitUntilReady(server.url)
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
    await loadDataset({ client, scale: 1 })
    const loadSeconds = Math.round((Date.now() - loadBegan) / 1000)

    const roadmap = (await client.get<{ docs: { id: number }[] }>('/roadmaps?where[status][equals]=adopted&limit=1&depth=0')).docs[0]
    const commitment = (await client.get<{ docs: { slug: string }[] }>('/commitments?limit=1&depth=0&sort=title')).docs[0]
    const roadmapQuery = JSON.stringify({
      query: `query ($roadmap: JSON) { RoadmapSections(where: { roadmap: { equals: $roadmap } }, limit: 500) { docs { id code kind title progress parent { id } } } }`,
      variables: { roadmap: roadmap.id },
    })
    // Paginated as the site reads collections (src/site/exports/load.ts): in id order, each page
    // starting after the last id of the one before. Also Payload's `page:`, which skips rows.
    const commitmentsAfter = (afterId: number | null) =>
      JSON.stringify({
        query: `query ${afterId === null ? '' : '($after: Int) '}{ Commitments(${afterId === null ? '' : 'where: { id: { greater_than: $after } }, '}limit: 20, sort: "id") { docs { id title slug status progress organization { name } } } }`,
        variables: afterId === null ? {} : { after: afterId },
      })
    const commitmentsPage = (page: number) =>
      JSON.stringify({ query: `{ Commitments(limit: 20, page: ${page}, sort: "id") { totalDocs docs { id title slug status progress organization { name } } } }` })
    const json = { 'Content-Type': 'application/json' }
    // A credential that verifies as nobody: Payload answers as for the public, and no cache may answer it.
    const uncached = { ...json, Authorization: 'JWT bench-uncached' }

    // Baselines, on this machine, in this run.
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
      const { rows } = await pool.query(ROADMAP_SQL, [roadmap.id])
      const body = JSON.stringify({ data: { RoadmapSections: { docs: rows } } })
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })
      res.end(body)
    })
    await new Promise<void>((resolve) => sqlBaseline.listen(sqlPort, '127.0.0.1', resolve))
    baselines.push(sqlBaseline)
    const measureBaselines = async () => [
      await measure('bare Node http, home page bytes', 'baseline', { url: `http://127.0.0.1:${pagePort}/` }),
      await measure('raw SQL via pg, roadmap JSON', 'baseline', { url: `http://127.0.0.1:${sqlPort}/` }),
    ]
    const baselinesBefore = await measureBaselines()

    const measureScale = async (scale: number) => {
      measuredPid = server?.child.pid
      const commitmentsTotal = (await client.get<{ totalDocs: number }>('/commitments?limit=1&depth=0')).totalDocs
      const deepPage = Math.max(1, Math.ceil(commitmentsTotal / 20))
      // The id after which the last 20 published commitments come.
      const lastTwentyAfter = (await client.get<{ docs: { id: number }[] }>('/commitments?limit=21&sort=-id&depth=0&where[_status][equals]=published')).docs.at(-1)?.id ?? 0
      const graphql = (body: string, headers: Record<string, string>) => ({ url: `${base}/api/graphql`, method: 'POST', body, headers })
      const measurements: Measurement[] = []
      const pages = [
        ['home page /', '/'],
        ['commitment page', `/komitmen/${commitment.slug}`],
        ['partner page', '/mitra/kemenpppa'],
      ] as const
      for (const [name, pagePath] of pages) measurements.push(await measure(name, 'page', { url: `${base}${pagePath}` }))
      // A query string keeps a page out of the cache: every request renders it (what a miss costs).
      for (const [name, pagePath] of pages) measurements.push(await measure(`${name}, rendered`, 'page-render', { url: `${base}${pagePath}?bench=render` }))
      // Search is never cached (its answer depends on the query): a word most commitments hold, and a rare one.
      measurements.push(await measure('search /cari, a word in most documents (anak)', 'page-search', { url: `${base}/cari?q=anak` }))
      measurements.push(await measure('search /cari, a rare word (ECPAT)', 'page-search', { url: `${base}/cari?q=ECPAT` }))
      const queries = [
        ['GraphQL roadmap tree', roadmapQuery],
        ['GraphQL commitments, first 20', commitmentsAfter(null)],
        ['GraphQL commitments, last 20', commitmentsAfter(lastTwentyAfter)],
      ] as const
      for (const [name, body] of queries) measurements.push(await measure(name, 'graphql', graphql(body, json)))
      for (const [name, body] of queries) measurements.push(await measure(`${name}, uncached`, 'graphql-uncached', graphql(body, uncached)))
      measurements.push(await measureSequentially('GraphQL commitments, last page by `page:` (offset), one request at a time, uncached', 'graphql-uncached', graphql(commitmentsPage(deepPage), uncached)))
      measurements.push(await measure('REST roadmap sections', 'rest', { url: `${base}/api/roadmap-sections?where[roadmap][equals]=${roadmap.id}&limit=500&depth=0` }))
      measurements.push(await measure('REST commitments, first 20', 'rest', { url: `${base}/api/commitments?limit=20&sort=id&depth=1` }))
      measurements.push(await measure('REST commitments, last 20', 'rest', { url: `${base}/api/commitments?limit=20&sort=id&depth=1&where[id][greater_than]=${lastTwentyAfter}` }))

      // Publish → fresh: from the publishing response to the public page showing the change.
      const milestone = (await client.get<{ docs: { id: number }[] }>(`/milestones?limit=1&depth=0&where[commitment.slug][equals]=${commitment.slug}`)).docs[0]
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
      const counts = (
        await pool.query<{ organizations: number; commitments: number; milestones: number; reports: number }>(
          `select (select count(*) from organizations)::int as organizations, (select count(*) from commitments)::int as commitments,
                  (select count(*) from milestones)::int as milestones, (select count(*) from progress_reports)::int as reports`,
        )
      ).rows[0]
      return { scale, counts, deepPage, measurements, publishToFreshMs, peakRssMb: Math.max(0, ...measurements.map((measurement) => measurement.peakRssMb)) }
    }

    const results: Awaited<ReturnType<typeof measureScale>>[] = []
    let currentScale = 1
    for (const scale of scales) {
      if (scale > currentScale) {
        process.stdout.write(`Multiplying the dataset to ${scale}× …\n`)
        await multiplyDataset({ pool, factor: scale / currentScale })
        currentScale = scale
        // Rows written past Payload reach no hook: one real edit clears every cached page and answer.
        const anyOrganization = (await client.get<{ docs: { id: number; name: string }[] }>('/organizations?limit=1&depth=0')).docs[0]
        await fetch(`${base}/api/organizations/${anyOrganization.id}`, { method: 'PATCH', headers: authorized, body: JSON.stringify({ name: anyOrganization.name }) })
      }
      process.stdout.write(`Measuring at ${scale}× …\n`)
      results.push(await measureScale(scale))
    }

    // Cold start again, on the largest dataset.
    await server.stop()
    const restartBegan = Date.now()
    server = await startServer({ env: { ...serverEnv, SEED_DEMO: undefined } })
    await waitUntilReady(server.url)
    const coldStartLargestMs = Date.now() - restartBegan

    const baselinesAfter = await measureBaselines()
    const pageCeiling = Math.max(baselinesBefore[0].reqPerSec, baselinesAfter[0].reqPerSec)
    const apiCeiling = Math.max(baselinesBefore[1].reqPerSec, baselinesAfter[1].reqPerSec)
    const ceilingOf = (group: Group) => (group.startsWith('page') ? pageCeiling : apiCeiling)
    const withRatios = (measurements: Measurement[]) =>
      measurements.map((measurement) => ({ ...measurement, ratio: Number((measurement.reqPerSec / ceilingOf(measurement.group)).toFixed(3)) }))

    const first = results[0]
    const last = results[results.length - 1]
    const growthOf = (name: string) => {
      const before = first.measurements.find((measurement) => measurement.name === name)
      const after = last.measurements.find((measurement) => measurement.name === name)
      return before && after ? { p50: after.p50 / Math.max(1, before.p50), p99: after.p99 / Math.max(1, before.p99) } : null
    }
    const growth = first === last ? [] : first.measurements.flatMap((measurement) => { const rates = growthOf(measurement.name); return rates ? [{ name: measurement.name, group: measurement.group, ...rates }] : [] })

    const figure = (value: number) => Number(value.toFixed(2))
    const ratioIn = (name: string) => {
      const measurement = first.measurements.find((candidate) => candidate.name === name)!
      return measurement.reqPerSec / ceilingOf(measurement.group)
    }
    const targets: Target[] = [
      ...first.measurements
        .filter((measurement) => measurement.group === 'page')
        .map((measurement) => ({
          name: `${measurement.name}: ≥ 0.5× bare Node, p99 ≤ 50 ms`,
          value: `${figure(ratioIn(measurement.name))}×, p99 ${measurement.p99} ms`,
          isMet: ratioIn(measurement.name) >= 0.5 && measurement.p99 <= 50,
        })),
      { name: 'GraphQL roadmap tree: ≥ 0.3× raw SQL', value: `${figure(ratioIn('GraphQL roadmap tree'))}×`, isMet: ratioIn('GraphQL roadmap tree') >= 0.3 },
      ...results.map((result) => ({ name: `publish → fresh ≤ 2 s at ${result.scale}×`, value: `${result.publishToFreshMs} ms`, isMet: result.publishToFreshMs <= 2_000 })),
      ...results.map((result) => ({ name: `server RSS ≤ 500 MB at ${result.scale}×`, value: `${result.peakRssMb} MB`, isMet: result.peakRssMb <= 500 })),
      ...growth
        .filter((row) => row.group === 'page' || row.group === 'page-render')
        .map((row) => ({ name: `${row.name}: p50 grows ≤ 1.5× from 1× to ${last.scale}×`, value: `${figure(row.p50)}× (p99 ${figure(row.p99)}×)`, isMet: row.p50 <= 1.5 })),
      ...growth
        // Reading by `page:` is Payload's offset pagination, which the site does not use; its growth is in the table.
        .filter((row) => (row.group === 'graphql' || row.group === 'graphql-uncached') && row.name.includes('commitments') && !row.name.includes('offset'))
        .map((row) => ({ name: `${row.name}: p50 grows ≤ 2× from 1× to ${last.scale}×`, value: `${figure(row.p50)}× (p99 ${figure(row.p99)}×)`, isMet: row.p50 <= 2 })),
    ]

    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      durationSeconds: duration,
      connections: CONNECTIONS,
      coldStartMs,
      coldStartLargestMs,
      loadSeconds,
      baselines: withRatios([...baselinesBefore, ...baselinesAfter]),
      ceilings: { pageReqPerSec: pageCeiling, apiReqPerSec: apiCeiling },
      scales: results.map((result) => ({ ...result, measurements: withRatios(result.measurements) })),
      growth,
      targets,
    }

    const tableOf = (result: (typeof report.scales)[number]) =>
      [
        `**${result.scale}×** — ${result.counts.organizations} organizations, ${result.counts.commitments} commitments, ${result.counts.milestones} milestones, ${result.counts.reports} progress reports · publish → fresh ${Number.isNaN(result.publishToFreshMs) ? 'not seen within 10 s' : `${result.publishToFreshMs} ms`} · peak server RSS ${result.peakRssMb} MB`,
        '',
        `| measurement | req/s | ratio to ceiling | p50 ms | p99 ms | errors | server RSS MB |`,
        `|---|---:|---:|---:|---:|---:|---:|`,
        ...result.measurements.map((m) => `| ${m.name} | ${m.reqPerSec} | ${m.ratio}× | ${m.p50} | ${m.p99} | ${m.errors} | ${m.peakRssMb} |`),
      ].join('\n')
    const summary = [
      `Lentera benchmark, ${report.measuredAt}: ${scales.map((scale) => `${scale}×`).join(', ')}; ${CONNECTIONS} connections, ${duration} s each.`,
      `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}; autocannon on the same machine.`,
      `Ceilings (best of before and after): bare Node ${pageCeiling} req/s (pages), raw SQL ${apiCeiling} req/s (API).`,
      `Cold start to /readyz 200: ${coldStartMs} ms (empty database) · ${coldStartLargestMs} ms (at ${last.scale}×) · 1× loaded through the REST API in ${loadSeconds} s`,
      '',
      ...report.scales.flatMap((result) => [tableOf(result), '']),
      ...(growth.length > 0
        ? [
            `Growth from 1× to ${last.scale}× (latency at ${last.scale}× ÷ latency at 1×):`,
            '',
            '| measurement | p50 | p99 |',
            '|---|---:|---:|',
            ...growth.map((row) => `| ${row.name} | ${figure(row.p50)}× | ${figure(row.p99)}× |`),
            '',
          ]
        : []),
      'Targets:',
      '',
      ...targets.map((target) => `- ${target.isMet ? '✓' : '✗'} ${target.name}: ${target.value}`),
    ].join('\n')
    console.log(`\n${summary}\n`)
    if (!isSmoke) {
      const resultsDir = path.join(projectRoot, 'bench/results')
      await mkdir(resultsDir, { recursive: true })
      const stamp = report.measuredAt.replace(/[:.]/g, '-')
      await writeFile(path.join(resultsDir, `${stamp}-${last.scale}x.json`), `${JSON.stringify(report, null, 2)}\n`)
      await writeFile(path.join(resultsDir, `latest-${last.scale}x.md`), `${summary}\n`)
    }
    const failed = report.scales.flatMap((result) => result.measurements.filter((measurement) => measurement.errors > 0).map((measurement) => `${measurement.name} at ${result.scale}×`))
    const stale = report.scales.filter((result) => Number.isNaN(result.publishToFreshMs)).map((result) => `publish → fresh at ${result.scale}×`)
    if (failed.length > 0 || stale.length > 0) {
      console.error(`Errors in: ${[...failed, ...stale].join(', ')}`)
      process.exitCode = 1
    }
  } catch (error) {
    // What the server said last is usually why a measurement failed (it may have died).
    console.error(`The benchmark failed: ${String(error)}\nServer exit code: ${String(server?.child.exitCode)}; its last output:\n${server?.output().slice(-4000) ?? ''}`)
    process.exitCode = 1
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
