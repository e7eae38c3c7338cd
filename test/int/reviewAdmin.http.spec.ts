import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { createCommitment, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'
import type { RunningServer } from '../helpers/server'
import { startServer } from '../helpers/server'

/**
 * The review workflow in the admin, served by the real production server: partners get
 * "Kirim untuk ditinjau" instead of Publish, the secretariat gets the queue and the changes.
 * (Clicking through it in Chromium belongs to the public-site issue's end-to-end tests.)
 */

let payload: Payload
let server: RunningServer
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
const password = 'kata-sandi-admin-tinjau'
const cookies = {} as Record<'partner' | 'secretariat', string>

const logIn = async (email: string) => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)
  const { token } = (await response.json()) as { token: string }
  return `payload-token=${token}`
}

const page = async (path: string, cookie: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie, 'Accept-Language': 'id' }, redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  const partner = await payload.create({
    collection: COLLECTION.users,
    data: { name: 'Mitra Admin', email: `${uniqueName('mitra-admin')}@example.org`, password, roles: ['partner'], organization: tree.organization.id },
  })
  const secretariat = await payload.create({
    collection: COLLECTION.users,
    data: { name: 'Sekretariat Admin', email: `${uniqueName('sekretariat-admin')}@example.org`, password, roles: ['secretariat'] },
  })
  server = await startServer()
  cookies.partner = await logIn(partner.email)
  cookies.secretariat = await logIn(secretariat.email)
}, 240_000)

afterAll(async () => {
  await server?.stop()
  await closeTestPayload(payload)
})

describe('the review workflow in the admin', () => {
  let commitmentId: number
  let submissionId: number
  const newTitle = uniqueName('Judul usulan mitra')

  beforeAll(async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    commitmentId = commitment.id
    const partner = (await payload.find({ collection: COLLECTION.users, where: { organization: { equals: tree.organization.id } } })).docs[0]
    await payload.update({
      collection: COLLECTION.commitments,
      id: commitmentId,
      data: { title: newTitle },
      draft: true,
      overrideAccess: false,
      user: { ...partner, collection: COLLECTION.users },
    })
    const submission = await payload.create({
      collection: COLLECTION.reviewRequests,
      data: { documentCollection: COLLECTION.commitments, documentId: String(commitmentId), note: 'Mohon ditinjau segera' } as never,
      overrideAccess: false,
      user: { ...partner, collection: COLLECTION.users },
    })
    submissionId = submission.id
  })

  it('should offer a partner "Kirim untuk ditinjau" instead of Publish, and show the submission’s state', async () => {
    const { status, html } = await page(`/admin/collections/${COLLECTION.commitments}/${commitmentId}`, cookies.partner)
    expect(status).toBe(200)
    expect(html).toContain('Kirim untuk ditinjau')
    expect(html).toContain('data-review-state="submitted"')
    expect(html).toContain('Diajukan — menunggu tinjauan')
  })

  it('should offer the secretariat the Publish button, and no submit button', async () => {
    const { status, html } = await page(`/admin/collections/${COLLECTION.commitments}/${commitmentId}`, cookies.secretariat)
    expect(status).toBe(200)
    expect(html).not.toContain('Kirim untuk ditinjau')
    expect(html).toMatch(/Terbitkan perubahan|Publikasikan perubahan|Publish changes/)
  })

  it('should list the submission in the secretariat’s queue with its organization, and link to it in the navigation', async () => {
    const { status, html } = await page('/admin/tinjauan', cookies.secretariat)
    expect(status).toBe(200)
    expect(html).toContain('Antrean tinjauan')
    expect(html).toContain(`data-submission-id="${submissionId}"`)
    expect(html).toContain(tree.organization.name)
    expect(html).toContain('Mohon ditinjau segera')
    expect(html).toContain('href="/admin/tinjauan"')
  })

  it('should not show the queue to a partner', async () => {
    const { status, html } = await page('/admin/tinjauan', cookies.partner)
    expect(status).toBe(200)
    expect(html).not.toContain(`data-submission-id="${submissionId}"`)
    expect(html).toContain('Antrean tinjauan hanya untuk sekretariat')
    expect(html).not.toContain('href="/admin/tinjauan"')
  })

  it('should show the reviewer what changed against the published version', async () => {
    const { status, html } = await page(`/admin/collections/${COLLECTION.reviewRequests}/${submissionId}`, cookies.secretariat)
    expect(status).toBe(200)
    expect(html).toContain('Perubahan yang diajukan')
    expect(html).toContain('data-change-path="title.id"')
    expect(html).toContain(newTitle)
    expect(html).toContain('Dibandingkan dengan versi terbit terakhir')
  })
})
