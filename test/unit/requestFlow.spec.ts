import express from 'express'
import type { Request, Response } from 'express'
import http from 'http'
import type { AddressInfo } from 'net'

import { limitConcurrency } from '../../src/http/limitConcurrency'
import { forgetLeastRecentlyUsed, publicPages } from '../../src/http/publicPages'
import type { CachedPage } from '../../src/site/publicPageCache'
import { invalidatePublicPages } from '../../src/site/publicPageCache'

/** Real HTTP: an Express app on a free port. */
const listen = async (app: express.Express) => {
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

describe('limitConcurrency', () => {
  it('should refuse a limit that is not a whole number of at least 1', () => {
    expect(() => limitConcurrency({ max: 0 })).toThrow('LENTERA_MAX_CONCURRENT_REQUESTS')
    expect(() => limitConcurrency({ max: Number('acht') })).toThrow('whole number')
  })

  it('should let at most `max` requests work at once, first come first served, and every one finish', async () => {
    let active = 0
    let mostActive = 0
    const order: number[] = []
    const app = express()
    app.use(limitConcurrency({ max: 2 }))
    app.get('/work/:n', async (req: Request, res: Response) => {
      active += 1
      mostActive = Math.max(mostActive, active)
      order.push(Number(req.params.n))
      await pause(60)
      active -= 1
      res.send(`selesai ${req.params.n}`)
    })
    const server = await listen(app)
    try {
      const answers = await Promise.all(
        Array.from({ length: 7 }, async (_, n) => {
          await pause(n * 5)
          return (await fetch(`${server.url}/work/${n}`)).text()
        }),
      )
      expect(answers).toEqual(Array.from({ length: 7 }, (_, n) => `selesai ${n}`))
      expect(mostActive).toBe(2)
      expect(order).toEqual([0, 1, 2, 3, 4, 5, 6])
    } finally {
      await server.close()
    }
  })

  it('should not give a turn to a reader who left while waiting, nor make uploads wait', async () => {
    const started: string[] = []
    let releaseFirst: () => void = () => undefined
    const app = express()
    app.use(limitConcurrency({ max: 1 }))
    app.all('/{*splat}', async (req: Request, res: Response) => {
      started.push(req.path)
      if (req.path === '/first') await new Promise<void>((resolve) => (releaseFirst = resolve))
      res.send('ok')
    })
    const server = await listen(app)
    try {
      const first = fetch(`${server.url}/first`)
      await pause(50)
      const leaving = new AbortController()
      const abandoned = fetch(`${server.url}/abandoned`, { signal: leaving.signal }).catch(() => null)
      await pause(50)
      // The only turn is taken, yet an upload goes straight through.
      const upload = await fetch(`${server.url}/upload`, { method: 'POST', body: new FormData() })
      expect(upload.status).toBe(200)
      leaving.abort()
      await abandoned
      await pause(50)
      const waiting = fetch(`${server.url}/waiting`)
      await pause(50)
      releaseFirst()
      expect((await first).status).toBe(200)
      expect((await waiting).status).toBe(200)
      expect(started).toEqual(['/first', '/upload', '/waiting'])
    } finally {
      await server.close()
    }
  })
})

describe('public page renders', () => {
  beforeEach(() => invalidatePublicPages())

  it('should let readers who arrive during a render share it, and not those who arrive after a change', async () => {
    let renders = 0
    let version = 'lama'
    const app = express()
    app.use(publicPages())
    app.get('/halaman', async (_req: Request, res: Response) => {
      renders += 1
      const content = version
      await pause(150)
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.send(`<html><body>isi ${content}</body></html>`)
    })
    const server = await listen(app)
    try {
      const together = await Promise.all(Array.from({ length: 10 }, () => fetch(`${server.url}/halaman`)))
      expect(renders).toBe(1)
      const states = together.map((response) => response.headers.get('x-lentera-cache')).sort()
      expect(states).toEqual(['miss', ...Array<string>(9).fill('shared')])
      for (const response of together) expect(await response.text()).toContain('isi lama')

      invalidatePublicPages()
      const beforeChange = fetch(`${server.url}/halaman`)
      await pause(30)
      version = 'baru'
      invalidatePublicPages()
      const afterChange = fetch(`${server.url}/halaman`)
      expect(await (await afterChange).text()).toContain('isi baru')
      expect(await (await beforeChange).text()).toContain('isi lama')
      expect(renders).toBe(3)
    } finally {
      await server.close()
    }
  })

  it('should hand waiters back to rendering themselves when the shared render is not a page to keep', async () => {
    let renders = 0
    const app = express()
    app.use(publicPages())
    app.get('/gagal', async (_req: Request, res: Response) => {
      renders += 1
      await pause(100)
      res.status(500).type('html').send('<html><body>galat</body></html>')
    })
    const server = await listen(app)
    try {
      const statuses = await Promise.all(Array.from({ length: 3 }, async () => (await fetch(`${server.url}/gagal`)).status))
      expect(statuses).toEqual([500, 500, 500])
      expect(renders).toBe(3)
    } finally {
      await server.close()
    }
  })
})

describe('forgetLeastRecentlyUsed', () => {
  const page = (bytes: number): CachedPage => ({
    status: 200,
    headers: {},
    body: Buffer.alloc(bytes),
    gzip: Buffer.alloc(0),
    brotli: Buffer.alloc(0),
    etag: '"x"',
    storedAt: Date.now(),
  })

  it('should drop the oldest pages until both the count and the byte budget hold', () => {
    const pages = new Map([
      ['/a', page(400)],
      ['/b', page(400)],
      ['/c', page(400)],
    ])
    forgetLeastRecentlyUsed(pages, { maxEntries: 10, maxBytes: 900 })
    expect([...pages.keys()]).toEqual(['/b', '/c'])
    forgetLeastRecentlyUsed(pages, { maxEntries: 1, maxBytes: 10_000 })
    expect([...pages.keys()]).toEqual(['/c'])
  })
})
