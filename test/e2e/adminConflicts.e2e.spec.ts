import type { Payload } from 'payload'
import type { Browser, Page, Response } from 'playwright-core'

import { COLLECTION } from '../../src/constants'
import { staleWriteMessage } from '../../src/concurrency/messages'
import { launchBrowser, loggedInContext, screenshot } from '../helpers/browser'
import { createCommitment, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'
import type { RunningServer } from '../helpers/server'
import { startServer } from '../helpers/server'

/**
 * The admin never silently overwrites a newer version: in real Chromium against the real
 * server, an editor whose form went stale gets a 409 and the other person's save survives,
 * while an editor working alone autosaves again and again without a false conflict.
 */

let payload: Payload
let server: RunningServer
let browser: Browser
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
const password = 'kata-sandi-e2e-konflik'
const tokens = {} as Record<'editorA' | 'editorB', string>

const apiLogin = async (email: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await response.json()) as { token: string }).token
}

const latestDraftTitle = async (id: number) =>
  (await payload.findByID({ collection: COLLECTION.commitments, id, draft: true, depth: 0 })).title

const isAutosaveOf = (id: number) => (response: Response) =>
  response.request().method() === 'PATCH' && response.url().includes(`/api/${COLLECTION.commitments}/${id}`)

const openEditor = async (id: number, token: string): Promise<Page> => {
  const context = await loggedInContext(browser, server.url, token)
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/collections/${COLLECTION.commitments}/${id}`)
  await page.locator('#field-title').waitFor({ state: 'visible', timeout: 60_000 })
  return page
}

/** Types at the end of the title and waits for the autosave it causes. */
const typeAndAutosave = async (page: Page, id: number, text: string) => {
  const saved = page.waitForResponse(isAutosaveOf(id), { timeout: 30_000 })
  await page.locator('#field-title').click()
  await page.keyboard.press('End')
  await page.keyboard.type(text)
  return saved
}

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  for (const who of ['editorA', 'editorB'] as const) {
    const email = `${uniqueName(who.toLowerCase())}@example.org`
    await payload.create({ collection: COLLECTION.users, data: { name: who, email, password, roles: ['secretariat'] } })
    tokens[who] = email
  }
  server = await startServer()
  browser = await launchBrowser()
  for (const who of ['editorA', 'editorB'] as const) tokens[who] = await apiLogin(tokens[who])
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await closeTestPayload(payload)
})

describe('the admin and concurrent editors', () => {
  it('should autosave one editor’s successive edits without a false conflict', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const page = await openEditor(commitment.id, tokens.editorA)
    for (const suffix of [' satu', ' dua', ' tiga']) {
      const response = await typeAndAutosave(page, commitment.id, suffix)
      expect(response.status()).toBe(200)
    }
    expect(await latestDraftTitle(commitment.id)).toBe(`${commitment.title} satu dua tiga`)
    await page.context().close()
  })

  it('should refuse a stale editor’s save with the conflict message and keep the other editor’s change', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const page = await openEditor(commitment.id, tokens.editorA)

    // Editor A's lock lapses while the tab sits idle; editor B saves in the meantime.
    await payload.delete({ collection: 'payload-locked-documents', where: { 'document.value': { equals: commitment.id } } })
    const titleOfB = uniqueName('Perubahan editor B')
    const saveOfB = await fetch(`${server.url}/api/${COLLECTION.commitments}/${commitment.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editorB}` },
      body: JSON.stringify({ title: titleOfB }),
    })
    expect(saveOfB.status).toBe(200)

    const response = await typeAndAutosave(page, commitment.id, ' (perubahan A)')
    expect(response.status()).toBe(409)
    await page.getByText(staleWriteMessage.slice(0, 60), { exact: false }).first().waitFor({ timeout: 15_000 })
    await screenshot(page, 'admin-stale-save-refused')
    expect(await latestDraftTitle(commitment.id)).toBe(titleOfB)
    await page.context().close()
  })
})
