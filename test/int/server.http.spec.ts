import http from 'http'
import net from 'net'
import os from 'os'
import path from 'path'
import { mkdtemp } from 'fs/promises'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import type { RunningServer } from '../helpers/server'
import { startServer, waitFor } from '../helpers/server'
import { freePort, startThrowawayPostgres } from '../helpers/testDatabase'

const readiness = async (server: RunningServer) => {
  const response = await fetch(`${server.url}/readyz`)
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const isPortOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

describe('the Express server in front of Next', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startServer()
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('should answer /healthz and /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok' })
    const ready = await readiness(server)
    expect(ready.status).toBe(200)
    expect(ready.body).toMatchObject({ isReady: true, database: 'up', migrations: 'applied' })
  })

  it('should serve the public home page, the admin, REST and GraphQL from one port', async () => {
    const home = await fetch(`${server.url}/`)
    expect(home.status).toBe(200)
    const html = await home.text()
    expect(html).toContain('<html lang="id"')
    expect(html).toMatch(/Kemajuan keseluruhan|Belum ada peta jalan/)

    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.status).toBe(200)

    const restResponse = await fetch(`${server.url}/api/organizations?limit=1`)
    expect(restResponse.status).toBe(200)
    expect(await restResponse.json()).toHaveProperty('docs')

    const graphResponse = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Organizations(limit: 1) { totalDocs } }' }),
    })
    expect(graphResponse.status).toBe(200)
    expect((await graphResponse.json()).data.Organizations.totalDocs).toEqual(expect.any(Number))
  })

  it('should speak Indonesian by default and English once chosen', async () => {
    const attempt = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ email: 'tidak-ada@example.org', password: 'salah' }),
      }).then((response) => response.text())
    expect(await attempt({ 'Accept-Language': 'en-US,en;q=0.9' })).toContain('Email atau kata sandi yang diberikan salah')
    expect(await attempt({ Cookie: 'payload-lng=en' })).toContain('The email or password provided is incorrect')
  })

  it('should set security headers and compress pages', async () => {
    const response = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-powered-by')).toBeNull()
    expect(response.headers.get('content-encoding')).toBe('gzip')
  })
})

// This test drives a PostgreSQL it owns (stop, restart, edit the migrations table).
describe('readiness follows the database', () => {
  it('should go 503 when the database stops or a migration is missing, and recover', async () => {
    const database = await startThrowawayPostgres()
    const server = await startServer({ env: { DATABASE_URI: database.uri } })
    try {
      expect((await readiness(server)).status).toBe(200)

      const client = new pg.Client({ connectionString: database.uri })
      await client.connect()
      const { rows } = await client.query('select name, batch from payload_migrations')
      await client.query('delete from payload_migrations')
      const pending = await readiness(server)
      expect(pending.status).toBe(503)
      expect(pending.body).toMatchObject({ migrations: 'pending' })
      for (const row of rows) {
        await client.query('insert into payload_migrations (name, batch, updated_at, created_at) values ($1, $2, now(), now())', [row.name, row.batch])
      }
      await client.end()
      expect((await readiness(server)).status).toBe(200)

      // No API request yet from here: the server initialised its API itself once listening
      // (Payload dies of heap exhaustion if that first happens with the database down).
      await waitFor(async () => server.output(), (output) => output.includes('Warmed up the API'))
      await database.stop()
      const down = await waitFor(() => readiness(server), (result) => result.status === 503)
      expect(down.status).toBe(503)
      expect(down.body).toMatchObject({ isReady: false, database: 'down' })
      // The API says the same, as a moment's condition: 503 and when to try again, not a 500.
      const unreachable = await fetch(`${server.url}/api/organizations?limit=1`)
      expect(unreachable.status).toBe(503)
      expect(unreachable.headers.get('retry-after')).toBe('5')
      expect(((await unreachable.json()) as { errors: { message: string }[] }).errors[0].message).toContain('tidak dapat menghubungi basis datanya')
      // The process stays alive and says so.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

      const restarted = await startEmbeddedPostgres({ dataDir: database.dataDir, port: database.port })
      const recovered = await waitFor(() => readiness(server), (result) => result.status === 200, 20_000)
      expect(recovered.status).toBe(200)
      await server.stop()
      await restarted.stop()
    } finally {
      await server.stop()
      await database.stop()
    }
  })
})

describe('a fresh start with the embedded database', () => {
  it('should seed demo data when asked, show the demo notice, and on SIGTERM finish a request in flight, refuse new ones, stop the database and exit 0', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'lentera-shutdown-'))
    const databasePort = await freePort()
    const server = await startServer({
      env: { DATABASE_URI: undefined, LENTERA_DATA_DIR: dataDir, LENTERA_DB_PORT: String(databasePort), SEED_DEMO: 'true' },
    })
    expect(await isPortOpen(databasePort)).toBe(true)
    const home = await (await fetch(`${server.url}/`)).text()
    expect(home).toContain('Data contoh / demo data')
    expect(home).toContain('Pencegahan')

    const body = JSON.stringify({ email: 'tidak-ada@example.org', password: 'salah' })
    const inFlight = new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      const request = http.request(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      })
      request.on('response', (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode, text }))
      })
      request.on('error', reject)
      // Half the body now, the rest after the server was told to stop.
      request.write(body.slice(0, 10))
      setTimeout(() => request.end(body.slice(10)), 1_500)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    server.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()

    const answered = await inFlight
    expect(`${answered.status} ${answered.text}`).toMatch(/^401 /)
    expect(await server.exited).toBe(0)
    expect(await isPortOpen(databasePort)).toBe(false)
    expect(server.output()).toContain('Shutting down')
  }, 240_000)
})
