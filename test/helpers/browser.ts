import { mkdir } from 'fs/promises'
import path from 'path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'

/** Debian's Chromium (`apt-get install -y chromium`); Lentera never downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Screenshots and other artefacts of browser tests (ignored by git). */
export const TEST_OUTPUT_DIR = path.resolve(import.meta.dirname, '../../test-results')

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Machines here run as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  })

/** A browser context logged in to the admin as the holder of `token`. */
export const loggedInContext = async (browser: Browser, serverUrl: string, token: string): Promise<BrowserContext> => {
  const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-token', value: token, url: serverUrl, httpOnly: true, sameSite: 'Lax' }])
  return context
}

export const screenshot = async (page: Page, name: string) => {
  await mkdir(TEST_OUTPUT_DIR, { recursive: true })
  await page.screenshot({ path: path.join(TEST_OUTPUT_DIR, `${name}.png`), fullPage: true })
}
