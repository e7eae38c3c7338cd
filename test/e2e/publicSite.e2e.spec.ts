import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import { readFile } from 'fs/promises'
import { createRequire } from 'module'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchBrowser, screenshot } from '../helpers/browser'
import type { RunningServer } from '../helpers/server'
import { startServer } from '../helpers/server'
import { provisionSuiteDatabase } from '../helpers/testDatabase'

/**
 * The public site in real Chromium, on a server of its own with the demo data seeded: every
 * page in both languages loads, has no axe-core violations (WCAG 2.1 A and AA), and leaves a
 * screenshot in test-results/.
 */

const require = createRequire(import.meta.url)
let axeSource: string
let server: RunningServer
let browser: Browser
let auditContext: BrowserContext
let database: Awaited<ReturnType<typeof provisionSuiteDatabase>>

type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> }

const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${server.url}/api${path}`)
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

/** Runs axe-core (WCAG 2.0/2.1, levels A and AA) on the page and returns its violations, described. */
const axeViolations = async (page: Page) => {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: Axe }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)
  })
  return violations
}

let pagesToCheck: { name: string; path: string }[] = []

beforeAll(async () => {
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  database = await provisionSuiteDatabase()
  server = await startServer({ env: { DATABASE_URI: database.uri, SEED_DEMO: 'true' } })
  browser = await launchBrowser()
  // axe is injected as a script, which the site's Content-Security-Policy rightly forbids.
  auditContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })

  const sections = await api<{ docs: { code: string; kind: string }[] }>('/roadmap-sections?limit=500&depth=0&select[code]=true&select[kind]=true')
  const strategy = sections.docs.find((section) => section.kind === 'strategy')
  const intervention = sections.docs.find((section) => section.kind === 'intervention')
  const organization = (await api<{ docs: { slug: string }[] }>('/organizations?limit=1&depth=0&where[slug][equals]=kemenpppa')).docs[0]
  const commitment = (await api<{ docs: { slug: string }[] }>('/commitments?limit=1&depth=0&sort=title')).docs[0]
  const indicator = (await api<{ docs: { code: string }[] }>('/indicators?limit=1&depth=0&sort=code')).docs[0]
  expect(strategy && intervention && organization && commitment && indicator).toBeTruthy()
  pagesToCheck = [
    { name: 'beranda', path: '/' },
    { name: 'peta-jalan', path: '/peta-jalan' },
    { name: 'strategi', path: `/peta-jalan/${strategy!.code}` },
    { name: 'intervensi', path: `/peta-jalan/${intervention!.code}` },
    { name: 'mitra', path: '/mitra' },
    { name: 'mitra-kemenpppa', path: `/mitra/${organization!.slug}` },
    { name: 'komitmen', path: `/komitmen/${commitment!.slug}` },
    { name: 'indikator', path: '/indikator' },
    { name: 'indikator-detail', path: `/indikator/${indicator!.code}` },
    { name: 'status', path: '/status' },
    { name: 'perubahan', path: '/perubahan' },
    { name: 'data', path: '/data' },
    { name: 'cari', path: '/cari?q=anak' },
  ]
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await database?.dispose()
})

describe('every public page, in both languages', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`should load every page in ${lang === 'id' ? 'Indonesian' : 'English'} with seeded content and no axe-core violations`, async () => {
      const page = await auditContext.newPage()
      const failures: string[] = []
      for (const { name, path } of pagesToCheck) {
        const url = `${server.url}${lang === 'en' ? (path === '/' ? '/en' : `/en${path}`) : path}`
        const response = await page.goto(url)
        if (response?.status() !== 200) {
          failures.push(`${url}: HTTP ${response?.status()}`)
          continue
        }
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await page.locator('h1').count()).toBeGreaterThan(0)
        expect(await page.locator('.demo-notice').count()).toBe(1)
        const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
        expect(alternates).toEqual(expect.arrayContaining(['id', 'en']))
        const violations = await axeViolations(page)
        if (violations.length > 0) failures.push(`${url}:\n  ${violations.join('\n  ')}`)
        await screenshot(page, `situs-${lang}-${name}`)
      }
      await page.close()
      expect(failures).toEqual([])
    }, 240_000)
  }

  it('should answer an unknown path with a useful 404 page in each language', async () => {
    const page = await auditContext.newPage()
    for (const [path, lang, heading] of [
      ['/tidak-ada-halaman-ini', 'id', 'Halaman tidak ditemukan'],
      ['/en/no-such-page', 'en', 'Page not found'],
      ['/komitmen/tidak-ada', 'id', 'Halaman tidak ditemukan'],
    ] as const) {
      const response = await page.goto(`${server.url}${path}`)
      expect(response?.status()).toBe(404)
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect(await page.locator('h1').textContent()).toBe(heading)
      expect(await axeViolations(page)).toEqual([])
    }
    await screenshot(page, 'situs-404')
    await page.close()
  })
})

describe('reading without JavaScript, on a weak connection', () => {
  it('should send no scripts, and keep the home page under 150 KB compressed in total', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const transferred: { url: string; bytes: number }[] = []
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes()
      transferred.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })
    })
    const response = await page.goto(`${server.url}/`, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    expect(await page.locator('script').count()).toBe(0)
    await page.waitForTimeout(500)
    const fonts = /\.(woff2?|ttf|otf)(\?|$)/
    const total = transferred.filter(({ url }) => !fonts.test(url)).reduce((sum, { bytes }) => sum + bytes, 0)
    expect(transferred.length).toBeGreaterThan(0)
    expect(total).toBeLessThanOrEqual(150 * 1024)
    // The navigation works as plain links.
    await page.getByRole('link', { name: 'Peta Jalan', exact: true }).first().click()
    await page.waitForURL(`${server.url}/peta-jalan`)
    expect(await page.locator('h1').count()).toBe(1)
    await context.close()
  })

  it('should let a keyboard user skip to the content with a visible focus', async () => {
    const page = await auditContext.newPage()
    await page.goto(`${server.url}/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      const style = getComputedStyle(element)
      return { text: element.textContent, outline: style.outlineStyle, width: style.outlineWidth }
    })
    expect(focused.text).toBe('Langsung ke konten')
    expect(focused.outline).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(page.url()).toBe(`${server.url}/#konten`)
    await page.close()
  })
})

describe('the publishing loop, end to end', () => {
  const demoPassword = 'lentera-demo-2025'
  const apiLogin = async (email: string) => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: demoPassword }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }
  const adminPage = async (token: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addCookies([{ name: 'payload-token', value: token, url: server.url }])
    return context.newPage()
  }
  const publicHtml = async (path: string) => (await fetch(`${server.url}${path}`)).text()

  it('should show a milestone the partner changed and the secretariat approved in the admin on the public pages within 2 seconds', async () => {
    const staffToken = await apiLogin('sekretariat@example.org')
    const partnerToken = await apiLogin('kemenpppa@example.org')
    const commitments = await fetch(`${server.url}/api/commitments?where[organization.slug][equals]=kemenpppa&limit=1&depth=0`, {
      headers: { Authorization: `JWT ${staffToken}` },
    })
    const commitment = ((await commitments.json()) as { docs: { id: number; slug: string }[] }).docs[0]
    const oldTitle = `Tonggak lama ${Date.now()}`
    // Overdue since 2001, so that the home page lists it first among overdue milestones.
    const created = await fetch(`${server.url}/api/milestones`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${staffToken}` },
      body: JSON.stringify({ commitment: commitment.id, title: oldTitle, status: 'planned', dueDate: '2001-01-01T00:00:00.000Z', weight: 1, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const milestoneId = ((await created.json()) as { doc: { id: number } }).doc.id
    expect(await publicHtml(`/komitmen/${commitment.slug}`)).toContain(oldTitle)
    expect(await publicHtml('/')).toContain(oldTitle)

    // The partner edits the milestone in the admin and submits it for review.
    const partnerPage = await adminPage(partnerToken)
    await partnerPage.goto(`${server.url}/admin/collections/milestones/${milestoneId}`)
    await partnerPage.locator('#field-title').waitFor({ timeout: 60_000 })
    const newTitle = `Tonggak baru ${Date.now()}`
    const autosaved = partnerPage.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/milestones/${milestoneId}`))
    await partnerPage.locator('#field-title').fill(newTitle)
    expect((await autosaved).status()).toBe(200)
    const submitted = partnerPage.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/api/review-requests'))
    await partnerPage.getByRole('button', { name: 'Kirim untuk ditinjau' }).click()
    const submission = await submitted
    expect(submission.status()).toBe(201)
    const submissionId = ((await submission.json()) as { doc: { id: number } }).doc.id
    await partnerPage.getByText('Terkirim untuk ditinjau sekretariat', { exact: false }).first().waitFor()
    await screenshot(partnerPage, 'alur-1-mitra-mengirim')
    expect(await publicHtml(`/komitmen/${commitment.slug}`)).not.toContain(newTitle)

    // The secretariat opens the submission, sees the change, and approves it.
    const staffPage = await adminPage(staffToken)
    await staffPage.goto(`${server.url}/admin/collections/review-requests/${submissionId}`)
    await staffPage.locator('[data-change-path="title.id"]').waitFor({ timeout: 60_000 })
    await staffPage.locator('#field-state').click()
    await staffPage.getByText('Disetujui dan diterbitkan', { exact: true }).click()
    await screenshot(staffPage, 'alur-2-sekretariat-menyetujui')
    const approving = staffPage.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes(`/api/review-requests/${submissionId}`))
    await staffPage.getByRole('button', { name: 'Simpan' }).click()
    const approval = await approving
    const approvedAt = Date.now()
    expect(approval.status()).toBe(200)

    let freshAfter = Number.POSITIVE_INFINITY
    while (Date.now() - approvedAt < 5_000) {
      const [commitmentPage, homePage] = await Promise.all([publicHtml(`/komitmen/${commitment.slug}`), publicHtml('/')])
      if (commitmentPage.includes(newTitle) && homePage.includes(newTitle)) {
        freshAfter = Date.now() - approvedAt
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(freshAfter).toBeLessThanOrEqual(2_000)
    await partnerPage.context().close()
    await staffPage.context().close()
  }, 180_000)
})

describe('the public page cache in front of Next', () => {
  it('should answer a repeated page from memory, compressed, with an ETag that revalidates to 304', async () => {
    const first = await fetch(`${server.url}/mitra`)
    for (const response of [first, await fetch(`${server.url}/mitra`)]) {
      // Both the rendered answer and the cached one carry the security headers, and no script may run.
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('content-security-policy')).toContain("script-src 'none'")
    }
    const hit = await fetch(`${server.url}/mitra`, { headers: { 'Accept-Encoding': 'br' } })
    expect(hit.status).toBe(200)
    expect(hit.headers.get('x-lentera-cache')).toBe('hit')
    expect(hit.headers.get('content-encoding')).toBe('br')
    expect(await hit.text()).toContain('<h1>')
    const etag = hit.headers.get('etag')
    expect(etag).toBeTruthy()
    const revalidated = await fetch(`${server.url}/mitra`, { headers: { 'If-None-Match': etag ?? '' } })
    expect(revalidated.status).toBe(304)
  })

  it('should forget cached pages when public content changes, and never cache a draft', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sekretariat@example.org', password: 'lentera-demo-2025' }),
    })
    const { token } = (await login.json()) as { token: string }
    const organization = ((await (await fetch(`${server.url}/api/organizations?where[slug][equals]=iwf&depth=0`)).json()) as { docs: { id: number; name: string }[] }).docs[0]
    await fetch(`${server.url}/mitra/iwf`)
    expect((await fetch(`${server.url}/mitra/iwf`)).headers.get('x-lentera-cache')).toBe('hit')
    const renamed = `${organization.name} (diperbarui ${Date.now()})`
    const saved = await fetch(`${server.url}/api/organizations/${organization.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name: renamed }),
    })
    expect(saved.status).toBe(200)
    const after = await fetch(`${server.url}/mitra/iwf`)
    expect(after.headers.get('x-lentera-cache')).toBe('miss')
    expect(await after.text()).toContain(renamed)
  })
})

describe('open data, the feed, the sitemap and search', () => {
  const draftTitle = `Rancangan rahasia ${Date.now()}`
  let publishedTitle: string
  let publishedSlug: string

  beforeAll(async () => {
    const login = async (email: string) =>
      (
        (await (
          await fetch(`${server.url}/api/users/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email, password: 'lentera-demo-2025' }),
          })
        ).json()) as { token: string }
      ).token
    const partnerToken = await login('kemenpppa@example.org')
    const sections = await api<{ docs: { id: number; kind: string }[] }>('/roadmap-sections?limit=500&depth=0&select[kind]=true')
    const intervention = sections.docs.find((section) => section.kind === 'intervention')
    // A partner's draft: it must appear in no download, feed, sitemap or search result.
    const draft = await fetch(`${server.url}/api/commitments?draft=true`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${partnerToken}` },
      body: JSON.stringify({ title: draftTitle, section: intervention!.id, role: 'implementer' }),
    })
    expect(draft.status).toBe(201)
    const published = (await api<{ docs: { title: string; slug: string }[] }>('/commitments?limit=1&depth=0&sort=title')).docs[0]
    publishedTitle = published.title
    publishedSlug = published.slug
  })

  const download = async (path: string, type: RegExp) => {
    const response = await fetch(`${server.url}${path}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(type)
    return response.text()
  }

  it('should offer every dataset as CSV and JSON that parse, with published data only', async () => {
    for (const name of ['organizations', 'sections', 'commitments', 'milestones', 'indicator-values']) {
      for (const prefix of ['', '/en']) {
        const csv = await download(`${prefix}/data/${name}.csv`, /^text\/csv/)
        const rows = parseCsv(csv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]
        expect(rows.length).toBeGreaterThan(0)
        const json = JSON.parse(await download(`${prefix}/data/${name}.json`, /^application\/json/)) as unknown
        const records = Array.isArray(json) ? json : ((json as { data?: unknown[]; records?: unknown[]; rows?: unknown[] }).data ?? (json as { records?: unknown[] }).records ?? (json as { rows?: unknown[] }).rows ?? [])
        expect(records.length).toBe(rows.length)
        expect(csv).not.toContain(draftTitle)
        expect(JSON.stringify(json)).not.toContain(draftTitle)
        expect(csv.toLowerCase()).not.toContain('internalnotes')
        expect(csv).not.toContain('Catatan internal')
      }
    }
    const commitments = parseCsv(await download('/data/commitments.csv', /^text\/csv/), { bom: true, columns: true }) as Record<string, string>[]
    expect(JSON.stringify(commitments)).toContain(publishedTitle)
    expect((await fetch(`${server.url}/data/users.csv`)).status).toBe(404)
    expect((await fetch(`${server.url}/data/commitments.xlsx`)).status).toBe(404)
  })

  it('should publish an Atom feed that parses and carries no drafts', async () => {
    const parser = new XMLParser({ ignoreAttributes: false })
    for (const path of ['/feed.xml', '/en/feed.xml']) {
      const xml = await download(path, /^application\/atom\+xml/)
      const feed = parser.parse(xml).feed
      expect(feed).toBeTruthy()
      const entries = Array.isArray(feed.entry) ? feed.entry : feed.entry ? [feed.entry] : []
      expect(entries.length).toBeGreaterThan(0)
      for (const entry of entries) {
        expect(entry.id).toBeTruthy()
        expect(entry.updated).toBeTruthy()
      }
      expect(xml).not.toContain(draftTitle)
    }
  })

  it('should list every public page in both languages in sitemap.xml', async () => {
    const xml = await download('/sitemap.xml', /xml/)
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml)
    const urls = (Array.isArray(parsed.urlset.url) ? parsed.urlset.url : [parsed.urlset.url]).map((url: { loc: string }) => url.loc)
    expect(urls.some((loc: string) => loc.endsWith('/peta-jalan'))).toBe(true)
    expect(urls.some((loc: string) => loc.endsWith('/en/peta-jalan'))).toBe(true)
    expect(urls.some((loc: string) => loc.includes('/komitmen/'))).toBe(true)
    expect(xml).toContain('hreflang="en"')
    expect(await download('/robots.txt', /^text\/plain/)).toContain('sitemap.xml')
  })

  it('should find published commitments by their words, never a draft', async () => {
    const word = publishedTitle.split(/\s+/).find((part) => part.length > 4) ?? publishedTitle
    const found = await download(`/cari?q=${encodeURIComponent(word)}`, /^text\/html/)
    expect(found).toContain(`href="/komitmen/${publishedSlug}"`)
    // The query is echoed back; results are the list items, and none may be the draft.
    const secret = await download(`/cari?q=${encodeURIComponent(draftTitle)}`, /^text\/html/)
    const results = secret.match(/<ol class="search-results">[\s\S]*?<\/ol>/)?.[0] ?? ''
    expect(results).not.toContain('rahasia')
    const english = await download(`/en/cari?q=${encodeURIComponent(word)}`, /^text\/html/)
    expect(english).toContain('<html lang="en"')
  })
})

describe('what changed between published versions', () => {
  it('should show a republished section on /perubahan with the deleted and inserted words marked', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sekretariat@example.org', password: 'lentera-demo-2025' }),
    })
    const { token } = (await login.json()) as { token: string }
    const section = (await api<{ docs: { id: number; code: string; title: string }[] }>('/roadmap-sections?where[kind][equals]=focus&limit=1&depth=0')).docs[0]
    const marker = `Kata${Date.now()}`
    const republished = await fetch(`${server.url}/api/roadmap-sections/${section.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `${section.title} ${marker}`, _status: 'published' }),
    })
    expect(republished.status).toBe(200)
    const html = await (await fetch(`${server.url}/perubahan`)).text()
    expect(html).toMatch(new RegExp(`<ins>[\\s\\S]*?${marker}[\\s\\S]*?</ins>`))
    expect(html).toContain(section.code)
    // A draft saved on top is not a published version: it must not show.
    const draftWord = `Draf${Date.now()}`
    await fetch(`${server.url}/api/roadmap-sections/${section.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `${section.title} ${draftWord}` }),
    })
    expect(await (await fetch(`${server.url}/perubahan`)).text()).not.toContain(draftWord)
    const english = await fetch(`${server.url}/en/perubahan`)
    expect(english.status).toBe(200)
  })
})

describe('anonymous GraphQL answers', () => {
  const query = JSON.stringify({ query: '{ Organizations(where: { slug: { equals: "unicef-indonesia" } }) { docs { id name } } }' })
  const ask = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: query })

  it('should answer a repeated anonymous query from memory, never a logged-in one, and forget it when public content changes', async () => {
    await ask()
    const repeated = await ask()
    expect(repeated.headers.get('x-lentera-cache')).toBe('hit')
    const { data } = (await repeated.json()) as { data: { Organizations: { docs: { id: number; name: string }[] } } }
    const organization = data.Organizations.docs[0]

    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sekretariat@example.org', password: 'lentera-demo-2025' }),
    })
    const { token } = (await login.json()) as { token: string }
    expect((await ask({ Authorization: `JWT ${token}` })).headers.get('x-lentera-cache')).toBeNull()

    const renamed = `${organization.name} (${Date.now()})`
    const saved = await fetch(`${server.url}/api/organizations/${organization.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name: renamed }),
    })
    expect(saved.status).toBe(200)
    const after = await ask()
    expect(after.headers.get('x-lentera-cache')).toBeNull()
    expect(JSON.stringify(await after.json())).toContain(renamed)
  })

  it('should answer hits before Express with the security headers, compressed when asked, and hand every miss its body intact', async () => {
    await ask()
    const hit = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Encoding': 'gzip' },
      body: query,
    })
    expect(hit.headers.get('x-lentera-cache')).toBe('hit')
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff')
    expect(hit.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(hit.headers.get('content-type')).toContain('application/json')
    const hitData = (await hit.json()) as { data: { Organizations: { docs: { name: string }[] } } }
    expect(hitData.data.Organizations.docs[0].name).toBeTruthy()

    // While answers are cached, other requests pass through the fast path to GraphQL unchanged.
    const other = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'query One($slug: String) { Organizations(where: { slug: { equals: $slug } }) { docs { slug } } }', variables: { slug: 'iwf' }, operationName: 'One' }),
    })
    expect(other.status).toBe(200)
    expect(other.headers.get('x-lentera-cache')).toBeNull()
    expect(((await other.json()) as { data: { Organizations: { docs: { slug: string }[] } } }).data.Organizations.docs).toEqual([{ slug: 'iwf' }])

    const english = await fetch(`${server.url}/api/graphql?locale=en`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: query })
    expect(english.status).toBe(200)
    expect(english.headers.get('x-lentera-cache')).toBeNull()

    const malformed = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query": "{ Organizations' })
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { errors: { message: string }[] }).errors[0].message).toContain('not valid JSON')
    const notAnObject = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1, 2]' })
    expect(notAnObject.status).toBeGreaterThanOrEqual(400)
    expect(notAnObject.status).toBeLessThan(500)

    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'sekretariat@example.org', password: 'lentera-demo-2025' }),
    })
    const { token } = (await login.json()) as { token: string }
    const malformedLoggedIn = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: '{"query": "{ Organizations',
    })
    expect(malformedLoggedIn.status).toBe(400)
    expect(JSON.stringify(await malformedLoggedIn.json())).toContain('JSON')
    const withCookie = await ask({ Cookie: `payload-token=${token}` })
    expect(withCookie.headers.get('x-lentera-cache')).toBeNull()
    expect(withCookie.status).toBe(200)
  })

  it('should never cache a mutation', async () => {
    const mutation = JSON.stringify({ query: 'mutation { loginUser(email: "tidak@ada.org", password: "salah") { token } }' })
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: mutation })
      expect(response.headers.get('x-lentera-cache')).toBeNull()
    }
  })
})
