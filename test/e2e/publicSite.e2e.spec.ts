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
