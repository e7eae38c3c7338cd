import type { Payload } from 'payload'
import sharp from 'sharp'

import { COLLECTION } from '../../src/constants'
import type { User } from '../../src/payload-types'
import { GRAPHQL_ID, graphql, login, rest } from '../helpers/apiClient'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

/**
 * Files are public only when public content shows them: a partner's upload stays with its
 * organization until the milestone or report that shows it is published or approved.
 */

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let otherTree: Awaited<ReturnType<typeof createRoadmapTree>>
let png: Buffer
const password = 'kata-sandi-berkas-1'
const tokens = {} as Record<'partner' | 'otherPartner' | 'secretariat', string>
const users = {} as Record<'partner' | 'otherPartner' | 'secretariat', User>

const upload = async (token: string) => {
  const formData = new FormData()
  formData.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${uniqueName('bukti')}.png`)
  formData.append('_payload', JSON.stringify({ alt: 'Bukti kegiatan' }))
  const { status, json } = await rest('POST', `/${COLLECTION.media}`, { token, formData })
  expect(status).toBe(201)
  return json.doc as { id: number; filename: string }
}

/** Whether the public can read the file's record and its bytes. */
const publicCanRead = async (media: { id: number; filename: string }) => {
  const record = await rest('GET', `/${COLLECTION.media}/${media.id}`)
  const file = await rest('GET', `/${COLLECTION.media}/file/${media.filename}`)
  expect(record.status === 200).toBe(file.status === 200)
  return record.status === 200
}

beforeAll(async () => {
  payload = await getTestPayload()
  png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c0392b' } }).png().toBuffer()
  tree = await createRoadmapTree(payload)
  otherTree = await createRoadmapTree(payload)
  const create = (roles: User['roles'], organization?: number) =>
    payload.create({
      collection: COLLECTION.users,
      data: { name: uniqueName('Berkas'), email: `${uniqueName('berkas')}@example.org`, password, roles, organization },
    })
  users.partner = await create(['partner'], tree.organization.id)
  users.otherPartner = await create(['partner'], otherTree.organization.id)
  users.secretariat = await create(['secretariat'])
  for (const who of Object.keys(users) as (keyof typeof users)[]) tokens[who] = await login(users[who].email, password)
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('who can read an uploaded file', () => {
  it('should keep a partner’s upload private to its organization and staff', async () => {
    const media = await upload(tokens.partner)
    const stored = await payload.findByID({ collection: COLLECTION.media, id: media.id, depth: 0 })
    expect(stored).toMatchObject({ organization: tree.organization.id, isPublic: false })
    expect(await publicCanRead(media)).toBe(false)
    expect((await rest('GET', `/${COLLECTION.media}/${media.id}`, { token: tokens.partner })).status).toBe(200)
    expect((await rest('GET', `/${COLLECTION.media}/${media.id}`, { token: tokens.secretariat })).status).toBe(200)
    expect([403, 404]).toContain((await rest('GET', `/${COLLECTION.media}/${media.id}`, { token: tokens.otherPartner })).status)
    const listed = await graphql(`query ($id: ${GRAPHQL_ID}) { allMedia(where: { id: { equals: $id } }) { totalDocs } }`, { variables: { id: media.id } })
    expect(listed.json.errors).toBeUndefined()
    expect(listed.json.data.allMedia.totalDocs).toBe(0)
    const asOwner = await graphql(`query ($id: ${GRAPHQL_ID}) { allMedia(where: { id: { equals: $id } }) { totalDocs } }`, {
      token: tokens.partner,
      variables: { id: media.id },
    })
    expect(asOwner.json.data.allMedia.totalDocs).toBe(1)
    const counted = await rest('GET', `/${COLLECTION.media}?where[id][equals]=${media.id}`)
    expect(counted.json.totalDocs).toBe(0)
  })

  it('should make a staff upload public at once', async () => {
    const media = await upload(tokens.secretariat)
    expect(await publicCanRead(media)).toBe(true)
  })

  it('should publish a file with the milestone that shows it, and withdraw it when the milestone is unpublished', async () => {
    const media = await upload(tokens.partner)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const milestone = await createMilestone(payload, { commitment: commitment.id, status: 'in-progress', isPublished: false })
    const saved = await rest('PATCH', `/${COLLECTION.milestones}/${milestone.id}?draft=true`, {
      token: tokens.partner,
      body: { evidence: [{ file: media.id, description: 'Foto kegiatan' }] },
    })
    expect(saved.status).toBe(200)
    expect(await publicCanRead(media)).toBe(false)

    const submission = await rest('POST', `/${COLLECTION.reviewRequests}`, {
      token: tokens.partner,
      body: { documentCollection: COLLECTION.milestones, documentId: String(milestone.id) },
    })
    expect(submission.status).toBe(201)
    const approved = await rest('PATCH', `/${COLLECTION.reviewRequests}/${submission.json.doc.id}`, {
      token: tokens.secretariat,
      body: { state: 'approved' },
    })
    expect(approved.status).toBe(200)
    expect(await publicCanRead(media)).toBe(true)

    await rest('PATCH', `/${COLLECTION.milestones}/${milestone.id}`, { token: tokens.secretariat, body: { _status: 'draft' } })
    expect(await publicCanRead(media)).toBe(false)
  })

  it('should keep a file shown only by a draft saved over a published milestone private', async () => {
    const media = await upload(tokens.partner)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const milestone = await createMilestone(payload, { commitment: commitment.id, status: 'planned' })
    await rest('PATCH', `/${COLLECTION.milestones}/${milestone.id}?draft=true`, { token: tokens.partner, body: { evidence: [{ file: media.id }] } })
    expect(await publicCanRead(media)).toBe(false)
  })

  it('should publish a report’s attachments when the report is approved, and withdraw them when it is trashed', async () => {
    const media = await upload(tokens.partner)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const report = await rest('POST', `/${COLLECTION.progressReports}`, {
      token: tokens.partner,
      body: {
        commitment: commitment.id,
        periodStart: '2026-01-01T00:00:00.000Z',
        periodEnd: '2026-06-30T00:00:00.000Z',
        periodLabel: uniqueName('Semester'),
        attachments: [media.id],
      },
    })
    expect(report.status).toBe(201)
    expect(await publicCanRead(media)).toBe(false)
    const { docs } = await payload.find({
      collection: COLLECTION.reviewRequests,
      where: { and: [{ documentCollection: { equals: COLLECTION.progressReports } }, { documentId: { equals: String(report.json.doc.id) } }] },
    })
    await rest('PATCH', `/${COLLECTION.reviewRequests}/${docs[0].id}`, { token: tokens.secretariat, body: { state: 'approved' } })
    expect(await publicCanRead(media)).toBe(true)
    await rest('PATCH', `/${COLLECTION.progressReports}/${report.json.doc.id}`, {
      token: tokens.secretariat,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(await publicCanRead(media)).toBe(false)
  })

  it('should not let a partner make its upload public by writing the flag', async () => {
    const media = await upload(tokens.partner)
    const attempt = await rest('PATCH', `/${COLLECTION.media}/${media.id}`, { token: tokens.partner, body: { isPublic: true } })
    expect([403, 404]).toContain(attempt.status)
    const formData = new FormData()
    formData.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${uniqueName('bukti')}.png`)
    formData.append('_payload', JSON.stringify({ isPublic: true, organization: otherTree.organization.id }))
    const created = await rest('POST', `/${COLLECTION.media}`, { token: tokens.partner, formData })
    expect(created.status).toBe(201)
    const stored = await payload.findByID({ collection: COLLECTION.media, id: created.json.doc.id, depth: 0 })
    expect(stored).toMatchObject({ isPublic: false, organization: tree.organization.id })
    expect(await publicCanRead(media)).toBe(false)
  })
})
