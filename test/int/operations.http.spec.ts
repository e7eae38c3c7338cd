import pg from 'pg'
import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'
import type { RunningServer } from '../helpers/server'
import { startServer } from '../helpers/server'

/**
 * What Express owns beyond pages, over the real server.
 * Failed sign-ins are throttled per client address: REST (the admin's login form uses it) and
 * GraphQL count alike, successes never count, a client cannot pose as another address, and the
 * address may try again once the window has moved on. /metrics answers Prometheus with the token
 * and nobody without it. With every database connection busy, the API answers 503 and when to
 * try again (the server runs with a pool of 2 here).
 */

const LIMIT = 3
const WINDOW_SECONDS = 5
let payload: Payload
let server: RunningServer
let email: string
const password = 'kata-sandi-pembatas-masuk'
const METRICS_TOKEN = 'token-metrik-uji-0123456789'

const restLogin = async ({ password: attempted, headers = {} }: { password: string; headers?: Record<string, string> }) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ email, password: attempted }),
  })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: (await response.json()) as any }
}

const graphqlLogin = async (attempted: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }', variables: { email, password: attempted } }),
  })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: (await response.json()) as any }
}

/** Until every failure counted so far has left the window, so the next test starts from none. */
const waitForEmptyWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_SECONDS * 1000 + 300))

const isThrottled = (message: unknown) => String(message).includes('Terlalu banyak percobaan masuk')

beforeAll(async () => {
  payload = await getTestPayload()
  email = `${uniqueName('pembatas')}@example.org`
  await payload.create({ collection: COLLECTION.users, data: { name: 'Pengguna Pembatas', email, password, roles: ['secretariat'] } })
  server = await startServer({ env: { LENTERA_LOGIN_FAILURE_LIMIT: String(LIMIT), LENTERA_LOGIN_FAILURE_WINDOW_SECONDS: String(WINDOW_SECONDS), LENTERA_METRICS_TOKEN: METRICS_TOKEN, LENTERA_DB_POOL_MAX: '2' } })
}, 240_000)

afterAll(async () => {
  await server?.stop()
  await payload?.delete({ collection: COLLECTION.users, where: { email: { equals: email } } })
  await closeTestPayload(payload)
})

describe('failed sign-ins from one address', () => {
  it('should never count successful sign-ins', async () => {
    for (let attempt = 0; attempt < LIMIT + 2; attempt += 1) {
      const { status, json } = await restLogin({ password })
      expect(status).toBe(200)
      expect(json.token).toEqual(expect.any(String))
    }
  })

  it('should count attempts as they begin: parallel requests, JSON or multipart, cannot all get past the check', async () => {
    const unknownEmail = 'tidak-ada-paralel@example.org'
    const json = () =>
      fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: unknownEmail, password: 'salah' }) })
    // The admin's login form posts multipart (Payload reads `_payload`), and uploads never wait in the concurrency queue.
    const multipart = () => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ email: unknownEmail, password: 'salah' }))
      return fetch(`${server.url}/api/users/login`, { method: 'POST', body: form })
    }
    const responses = await Promise.all([...Array.from({ length: 8 }, json), ...Array.from({ length: 8 }, multipart)])
    const statuses = responses.map((response) => response.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(LIMIT)
    expect(statuses.filter((status) => status === 429)).toHaveLength(16 - LIMIT)
    await waitForEmptyWindow()
  }, 30_000)

  it('should count each aliased loginUser of one GraphQL document', async () => {
    const aliases = Array.from({ length: 6 }, (_, index) => `a${index}: loginUser(email: "tidak-ada-alias@example.org", password: "salah-${index}") { token }`)
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `mutation { ${aliases.join(' ')} }` }),
    })
    const { errors } = (await response.json()) as { errors: { message: string }[] }
    expect(errors).toHaveLength(6)
    expect(errors.filter((error) => isThrottled(error.message))).toHaveLength(6 - LIMIT)
    await waitForEmptyWindow()
  }, 30_000)

  it('should refuse the next attempt, even with the right password, once REST and GraphQL failures reach the limit', async () => {
    const firstFailure = await restLogin({ password: 'salah-1' })
    expect(firstFailure.status).toBe(401)
    const secondFailure = await graphqlLogin('salah-2')
    expect(secondFailure.json.data?.loginUser ?? null).toBeNull()
    expect(secondFailure.json.errors[0].message).not.toContain('Terlalu banyak')
    // The limit is reached by an unknown account too: the address is guessing, whatever it tries.
    const unknownAccount = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'tidak-ada-pembatas@example.org', password: 'salah-3' }),
    })
    expect(unknownAccount.status).toBe(401)

    const refused = await restLogin({ password })
    expect(refused.status).toBe(429)
    expect(refused.json.token).toBeUndefined()
    expect(refused.json.errors[0].message).toContain('Terlalu banyak percobaan masuk yang gagal dari alamat ini')
    expect(refused.json.errors[0].message).toContain('Too many failed sign-in attempts')
    const retryAfter = Number(refused.retryAfter)
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS)

    // GraphQL answers 200 with the error in `errors` (as for every GraphQL error), and the same Retry-After.
    const refusedOverGraphQL = await graphqlLogin(password)
    expect(refusedOverGraphQL.json.data?.loginUser ?? null).toBeNull()
    expect(refusedOverGraphQL.json.errors[0].message).toContain('Terlalu banyak percobaan masuk')
    expect(Number(refusedOverGraphQL.retryAfter)).toBeGreaterThanOrEqual(1)
  })

  it('should not let a client pose as another address', async () => {
    const spoofed = await restLogin({ password, headers: { 'X-Lentera-Client-Address': '203.0.113.7', 'X-Forwarded-For': '203.0.113.8' } })
    expect(spoofed.status).toBe(429)
  })

  it('should not lock the account itself: the throttle is per address, Payload locks accounts after 5 failures', async () => {
    const account = (await payload.find({ collection: COLLECTION.users, where: { email: { equals: email } }, showHiddenFields: true })).docs[0] as { loginAttempts?: number; lockUntil?: string | null }
    expect(account.loginAttempts).toBe(2)
    expect(account.lockUntil ?? null).toBeNull()
  })

  it('should let the address sign in again once its failures have left the window', async () => {
    const refused = await restLogin({ password })
    expect(refused.status).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, Number(refused.retryAfter) * 1000 + 200))
    const { status, json } = await restLogin({ password })
    expect(status).toBe(200)
    expect(json.token).toEqual(expect.any(String))
  }, 30_000)
})

const readMetrics = async () => {
  const response = await fetch(`${server.url}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4')
  const text = await response.text()
  const value = (series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `))
    return line === undefined ? undefined : Number(line.slice(series.length + 1))
  }
  return { text, value }
}

describe('/metrics', () => {
  it('should refuse readers without the token, and never be cached as a page', async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer salah' }, { Authorization: `Bearer ${METRICS_TOKEN}x` }, { Authorization: METRICS_TOKEN }]
    for (const headers of attempts) {
      const response = await fetch(`${server.url}/metrics`, { headers })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
      expect(((await response.json()) as { error: string }).error).toContain('Metrik memerlukan token')
    }
  })

  it('should count requests by kind and status, cache outcomes and the refused sign-ins', async () => {
    const before = await readMetrics()
    const pageHitsBefore = before.value('lentera_public_cache_answers_total{kind="page",outcome="hit"}') ?? 0
    expect(await (await fetch(`${server.url}/`)).text()).toContain('Langsung ke konten')
    const second = await fetch(`${server.url}/`)
    await second.text()
    expect(second.headers.get('x-lentera-cache')).toBe('hit')
    expect((await fetch(`${server.url}/api/tidak-ada`)).status).toBe(404)
    // A request is counted once the server has finished sending it, which can be a moment after the client has read it.
    await new Promise((resolve) => setTimeout(resolve, 200))

    const after = await readMetrics()
    expect(after.value('lentera_public_cache_answers_total{kind="page",outcome="hit"}')).toBeGreaterThanOrEqual(pageHitsBefore + 1)
    expect(after.value('lentera_http_requests_total{kind="page",method="GET",status="2xx"}')).toBeGreaterThanOrEqual(2)
    expect(after.value('lentera_http_requests_total{kind="api",method="GET",status="4xx"}')).toBeGreaterThanOrEqual(1)
    expect(after.value('lentera_http_requests_total{kind="api",method="POST",status="4xx"}')).toBeGreaterThanOrEqual(3)
    expect(after.value('lentera_login_refusals_total')).toBeGreaterThanOrEqual(3)
    expect(after.value('lentera_http_request_duration_seconds_count{kind="page"}')).toBe(after.value('lentera_http_request_duration_seconds_bucket{kind="page",le="+Inf"}'))
    expect(after.value('lentera_database_connections{state="open"}')).toBeGreaterThanOrEqual(1)
    expect(after.value('lentera_requests_waiting')).toBe(0)
    expect(after.value('process_resident_memory_bytes')).toBeGreaterThan(50 * 1024 * 1024)
    // Nothing about people: no client address in the figures (the throttle's are counted, never listed).
    expect(after.value('lentera_login_throttled_addresses')).toEqual(expect.any(Number))
    expect(after.text).not.toMatch(/127\.0\.0\.1|::1|::ffff:/)
  })
})

describe('a database with no connection to spare', () => {
  it('should answer 503 with Retry-After, and still serve the requests that got a connection once it frees up', async () => {
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await locker.connect()
    try {
      await locker.query('begin')
      // Reads of organizations now wait for this transaction, each holding a pool connection;
      // four at once (the concurrency limit lets four in) need more than the pool of 2 has.
      await locker.query('lock table organizations in access exclusive mode')
      const reads = [1, 2, 3, 4].map((n) =>
        fetch(`${server.url}/api/organizations?limit=1&depth=0&pagination=false&n=${n}`).then(async (response) => ({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          body: (await response.json()) as { errors?: { message: string }[]; docs?: unknown[] },
        })),
      )
      // Past the pool's 5 s wait for a connection: the requests without one have been answered.
      await new Promise((resolve) => setTimeout(resolve, 6_500))
      await locker.query('rollback')
      const answered = await Promise.all(reads)
      const busy = answered.filter((read) => read.status === 503)
      const served = answered.filter((read) => read.status === 200)
      expect(busy.length + served.length).toBe(4)
      expect(busy.length).toBeGreaterThanOrEqual(1)
      expect(served.length).toBeGreaterThanOrEqual(1)
      for (const read of busy) {
        expect(read.retryAfter).toBe('5')
        expect(read.body.errors?.[0].message).toContain('Lentera sedang sibuk')
      }
      for (const read of served) expect(read.body.docs).toEqual(expect.any(Array))
    } finally {
      await locker.end()
    }
  }, 30_000)
})
