import http from 'http'
import type { AddressInfo } from 'net'
import express from 'express'

import { createRequestMetrics, formatPrometheus, metricsEndpoint, requestKindOf } from '../../src/http/metrics'

const listen = async (handler: http.RequestListener) => {
  const server = http.createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) }
}

describe('requestKindOf', () => {
  it('should sort requests into the kinds an operator watches', () => {
    expect(requestKindOf('/')).toBe('page')
    expect(requestKindOf('/en/komitmen/abc?x=1')).toBe('page')
    expect(requestKindOf('/api/graphql')).toBe('graphql')
    expect(requestKindOf('/api/graphql?locale=en')).toBe('graphql')
    expect(requestKindOf('/api/commitments?limit=1')).toBe('api')
    expect(requestKindOf('/api')).toBe('api')
    expect(requestKindOf('/apiary')).toBe('page')
    expect(requestKindOf('/admin/collections/users')).toBe('admin')
    expect(requestKindOf('/_next/static/chunk.js')).toBe('asset')
    expect(requestKindOf('/readyz')).toBe('probe')
    expect(requestKindOf('/metrics')).toBe('metrics')
  })
})

describe('formatPrometheus', () => {
  it('should write help, type and samples with escaped labels', () => {
    const text = formatPrometheus([
      { name: 'a_total', help: 'A counter.', type: 'counter', samples: [{ labels: { path: 'x"y\\z\nw' }, value: 3 }] },
      { name: 'b', help: 'A gauge.', type: 'gauge', samples: [{ value: Number.POSITIVE_INFINITY }] },
    ])
    expect(text).toBe('# HELP a_total A counter.\n# TYPE a_total counter\na_total{path="x\\"y\\\\z\\nw"} 3\n# HELP b A gauge.\n# TYPE b gauge\nb +Inf\n')
  })
})

describe('createRequestMetrics', () => {
  it('should count every answered request with its kind, status class, cache outcome and duration', async () => {
    const metrics = createRequestMetrics()
    const server = await listen((req, res) => {
      metrics.observe(req, res)
      if (req.url === '/') {
        res.setHeader('X-Lentera-Cache', 'hit')
        res.end('halaman')
      } else if (req.url === '/lambat') {
        setTimeout(() => res.end('lambat'), 600)
      } else if (req.url === '/ditinggal') {
        // Never answered: the reader gives up first.
      } else {
        res.statusCode = 404
        res.end()
      }
    })
    try {
      await (await fetch(`${server.url}/`)).text()
      await (await fetch(`${server.url}/`)).text()
      await (await fetch(`${server.url}/lambat`)).text()
      await (await fetch(`${server.url}/api/tidak-ada`, { method: 'POST' })).text()
      const leaving = new AbortController()
      const abandoned = fetch(`${server.url}/ditinggal`, { signal: leaving.signal }).catch(() => 'abandoned')
      setTimeout(() => leaving.abort(), 50)
      expect(await abandoned).toBe('abandoned')
      await new Promise((resolve) => setTimeout(resolve, 100))
    } finally {
      await server.close()
    }
    const text = formatPrometheus(metrics.families())
    expect(text).toContain('lentera_http_requests_total{kind="page",method="GET",status="2xx"} 3\n')
    expect(text).toContain('lentera_http_requests_total{kind="api",method="POST",status="4xx"} 1\n')
    expect(text).toContain('lentera_public_cache_answers_total{kind="page",outcome="hit"} 2\n')
    expect(text).toContain('lentera_http_requests_total{kind="page",method="GET",status="aborted"} 1\n')
    expect(text).toContain('lentera_http_request_duration_seconds_count{kind="page"} 4\n')
    expect(text).toContain('lentera_http_request_duration_seconds_bucket{kind="page",le="+Inf"} 4\n')
    // The slow one (600 ms) is above the 0.5 s bound; the two quick ones are within it.
    expect(text).toContain('lentera_http_request_duration_seconds_bucket{kind="page",le="0.5"} 3\n')
    expect(text).toMatch(/lentera_http_request_duration_seconds_bucket\{kind="page",le="1"\} 4\n/)
    expect(text).toMatch(/process_resident_memory_bytes \d+\n/)
  })
})

describe('countAnswered', () => {
  it('should count a request answered synchronously, by its status and cache outcome, without timing it', async () => {
    const metrics = createRequestMetrics()
    const server = await listen((req, res) => {
      res.setHeader('X-Lentera-Cache', 'hit')
      res.statusCode = req.url === '/lama' ? 304 : 200
      res.end()
      metrics.countAnswered(req, res)
    })
    try {
      await (await fetch(`${server.url}/`)).text()
      await (await fetch(`${server.url}/lama`)).text()
    } finally {
      await server.close()
    }
    const text = formatPrometheus(metrics.families())
    expect(text).toContain('lentera_http_requests_total{kind="page",method="GET",status="2xx"} 1\n')
    expect(text).toContain('lentera_http_requests_total{kind="page",method="GET",status="3xx"} 1\n')
    expect(text).toContain('lentera_public_cache_answers_total{kind="page",outcome="hit"} 2\n')
    expect(text).not.toContain('lentera_http_request_duration_seconds_count')
  })
})

describe('metricsEndpoint', () => {
  it('should be off, with a message saying how to turn it on, without a token set', async () => {
    const app = express()
    app.get('/metrics', metricsEndpoint({ token: undefined, families: () => [] }))
    const server = await listen(app)
    try {
      const response = await fetch(`${server.url}/metrics`, { headers: { Authorization: 'Bearer apa-saja' } })
      expect(response.status).toBe(404)
      expect(((await response.json()) as { error: string }).error).toContain('LENTERA_METRICS_TOKEN')
    } finally {
      await server.close()
    }
  })
})
