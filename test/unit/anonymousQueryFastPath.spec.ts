import http from 'http'
import type { AddressInfo } from 'net'

import { createAnonymousQueryFastPath } from '../../src/http/anonymousQueries'
import { anonymousQueryKey } from '../../src/site/anonymousQueryKey'
import { invalidatePublicPages, pageCacheRegistry } from '../../src/site/publicPageCache'

/** A real HTTP server with the fast path in front of a handler that echoes what reached it. */
const startFastPathServer = async () => {
  const passedOn: { url?: string; body: string; headers: http.IncomingHttpHeaders }[] = []
  const passOn = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      passedOn.push({ url: req.url, body, headers: req.headers })
      res.setHeader('Content-Type', 'application/json')
      res.end(JSON.stringify({ echoed: body }))
    })
  }
  const fastPath = createAnonymousQueryFastPath({ isHttps: false, isShuttingDown: () => false, passOn })
  const server = http.createServer((req, res) => {
    if (!fastPath(req, res)) passOn(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, passedOn, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const QUERY = { query: '{ Organizations { docs { name } } }' }
const storeAnswer = (body: object, search = '', acceptLanguage = 'id') =>
  pageCacheRegistry().queries.set(anonymousQueryKey({ body, search, acceptLanguage }), {
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ data: { Organizations: { docs: [{ name: 'dari memori' }] } }, padding: 'x'.repeat(2_000) }),
    storedAt: Date.now(),
  })

describe('anonymous GraphQL answers before Express', () => {
  let server: Awaited<ReturnType<typeof startFastPathServer>>
  beforeAll(async () => {
    server = await startFastPathServer()
  })
  afterAll(async () => {
    await server.close()
  })
  beforeEach(() => invalidatePublicPages())

  const post = (body: string, headers: Record<string, string> = {}, path = '/api/graphql') =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body })

  it('should answer a stored query itself, with security headers, gzip when asked, and never pass it on', async () => {
    storeAnswer(QUERY)
    const before = server.passedOn.length
    const response = await post(JSON.stringify(QUERY), { 'Accept-Encoding': 'gzip' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-lentera-cache')).toBe('hit')
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(((await response.json()) as { data: { Organizations: { docs: { name: string }[] } } }).data.Organizations.docs[0].name).toBe('dari memori')
    expect(server.passedOn.length).toBe(before)
  })

  it('should pass a miss on with its body, URL and headers unchanged', async () => {
    storeAnswer(QUERY)
    const other = JSON.stringify({ query: '{ Commitments { totalDocs } }', variables: { ä: 'ü' } })
    const response = await post(other, { 'X-Probe': 'ya' }, '/api/graphql?locale=en')
    expect(response.headers.get('x-lentera-cache')).toBeNull()
    expect(((await response.json()) as { echoed: string }).echoed).toBe(other)
    const reached = server.passedOn.at(-1)
    expect(reached?.url).toBe('/api/graphql?locale=en')
    expect(reached?.headers['x-probe']).toBe('ya')
  })

  it('should keep answers apart by locale query string and by the language of messages', async () => {
    storeAnswer(QUERY, '?locale=en')
    expect((await post(JSON.stringify(QUERY))).headers.get('x-lentera-cache')).toBeNull()
    expect((await post(JSON.stringify(QUERY), {}, '/api/graphql?locale=en')).headers.get('x-lentera-cache')).toBe('hit')
    // A chosen admin language makes Payload answer messages in it: a different answer.
    expect((await post(JSON.stringify(QUERY), { Cookie: 'payload-lng=en' }, '/api/graphql?locale=en')).headers.get('x-lentera-cache')).toBeNull()
  })

  it('should never answer a request with credentials from memory', async () => {
    storeAnswer(QUERY)
    expect((await post(JSON.stringify(QUERY), { Authorization: 'JWT abc' })).headers.get('x-lentera-cache')).toBeNull()
    expect((await post(JSON.stringify(QUERY), { Cookie: 'a=b; payload-token=abc' })).headers.get('x-lentera-cache')).toBeNull()
  })

  it('should pass on bodies it cannot read as a query, untouched', async () => {
    storeAnswer(QUERY)
    for (const body of ['{"query": "{ Organiz', '[1, 2]', 'null']) {
      const response = await post(body)
      expect(((await response.json()) as { echoed: string }).echoed).toBe(body)
    }
  })

  it('should stay out of the way when nothing is stored, and once an invalidation cleared the answers', async () => {
    const before = server.passedOn.length
    await post(JSON.stringify(QUERY))
    storeAnswer(QUERY)
    expect((await post(JSON.stringify(QUERY))).headers.get('x-lentera-cache')).toBe('hit')
    invalidatePublicPages()
    expect((await post(JSON.stringify(QUERY))).headers.get('x-lentera-cache')).toBeNull()
    expect(server.passedOn.length).toBe(before + 2)
  })
})
