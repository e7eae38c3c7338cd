import type { Payload } from 'payload'
import sharp from 'sharp'

import { COLLECTION, ROLE } from '../../src/constants'
import { GRAPHQL_ID, graphql, login, rest } from '../helpers/apiClient'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

/**
 * The side doors: ways a person might learn what access should keep from them without
 * reading it directly — population, sorting, filtering, counting, drafts over published
 * documents, version history, files in the trash.
 */

const password = 'kata-sandi-bocor-123'
const NOTE = 'Catatan internal rahasia'

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let partnerToken: string
let otherPartnerToken: string
let staffEmail: string

const createUser = async (data: { roles: string[]; organization?: number | null }) => {
  const email = `${uniqueName('bocor')}@example.org`
  await payload.create({ collection: COLLECTION.users, data: { email, password, name: uniqueName('Pengguna'), ...data } as never })
  return email
}

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  const otherOrganization = await payload.create({
    collection: COLLECTION.organizations,
    data: { name: uniqueName('Lain'), slug: uniqueName('lain'), kind: 'ngo' },
  })
  partnerToken = await login(await createUser({ roles: [ROLE.partner], organization: tree.organization.id }), password)
  otherPartnerToken = await login(await createUser({ roles: [ROLE.partner], organization: otherOrganization.id }), password)
  staffEmail = await createUser({ roles: [ROLE.secretariat] })
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('drafts behind published documents', () => {
  it('should show the published version, never a newer draft, to the public and to other organizations', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: { title: 'Draf yang belum ditinjau' }, draft: true })

    for (const token of [undefined, otherPartnerToken]) {
      const byId = await rest('GET', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token })
      expect(byId.json.title).toBe(commitment.title)
      const list = await rest('GET', `/${COLLECTION.commitments}?draft=true&where[id][equals]=${commitment.id}`, { token })
      expect(JSON.stringify(list.json)).not.toContain('Draf yang belum ditinjau')
      const graph = await graphql(`query ($id: ${GRAPHQL_ID}!) { Commitment(id: $id, draft: true) { title } }`, { token, variables: { id: commitment.id } })
      expect(graph.json.data.Commitment.title).toBe(commitment.title)
    }
    const own = await rest('GET', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token: partnerToken })
    expect(own.json.title).toBe('Draf yang belum ditinjau')
  })

  it('should not populate a draft commitment into a published milestone', async () => {
    const draftCommitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id, isPublished: false })
    const milestone = await createMilestone(payload, { commitment: draftCommitment.id, status: 'planned' })
    const { json } = await rest('GET', `/${COLLECTION.milestones}/${milestone.id}?depth=2`)
    expect(json.commitment).toBe(draftCommitment.id)
    expect(JSON.stringify(json)).not.toContain(draftCommitment.title)
    const graph = await graphql(`query ($id: ${GRAPHQL_ID}!) { Milestone(id: $id) { commitment { title } } }`, { variables: { id: milestone.id } })
    expect(graph.json.data.Milestone?.commitment ?? null).toBeNull()
  })

  it('should count only what the public may read', async () => {
    const draft = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id, isPublished: false })
    const where = `where[id][equals]=${draft.id}`
    expect((await rest('GET', `/${COLLECTION.commitments}/count?${where}`)).json.totalDocs).toBe(0)
    expect((await rest('GET', `/${COLLECTION.commitments}/count?draft=true&${where}`)).json.totalDocs).toBe(0)
    const graph = await graphql(`{ countCommitments(draft: true, where: { id: { equals: ${JSON.stringify(draft.id)} } }) { totalDocs } }`)
    expect(graph.json.errors).toBeUndefined()
    expect(graph.json.data.countCommitments.totalDocs).toBe(0)
  })

  it('should keep version history to staff and the owning organization, over REST and GraphQL', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const query = `{ versionsCommitments(where: { parent: { equals: ${JSON.stringify(commitment.id)} } }) { totalDocs docs { version { internalNotes } } } }`
    const path = `/${COLLECTION.commitments}/versions?where[parent][equals]=${commitment.id}`

    const own = await rest('GET', path, { token: partnerToken })
    expect(own.status).toBe(200)
    expect(own.json.totalDocs).toBe(1)
    const ownGraph = await graphql(query, { token: partnerToken })
    expect(ownGraph.json.errors).toBeUndefined()
    expect(ownGraph.json.data.versionsCommitments.totalDocs).toBe(1)

    const other = await rest('GET', path, { token: otherPartnerToken })
    expect(other.status).toBe(200)
    expect(other.json.totalDocs).toBe(0)
    const otherGraph = await graphql(query, { token: otherPartnerToken })
    expect(otherGraph.json.errors).toBeUndefined()
    expect(otherGraph.json.data.versionsCommitments.totalDocs).toBe(0)

    expect((await rest('GET', path)).status).toBe(403)
    const publicGraph = await graphql(query)
    expect(JSON.stringify(publicGraph.json.errors)).toContain('"statusCode":403')
    expect(JSON.stringify(publicGraph.json)).not.toContain(NOTE)

    // The roadmap's published versions are public (the /perubahan page); its drafts are not.
    for (const versions of [`/${COLLECTION.roadmaps}/versions?limit=500`, `/${COLLECTION.roadmapSections}/versions?limit=500`]) {
      const { status, json } = await rest('GET', versions, { token: partnerToken })
      expect(status).toBe(200)
      expect(json.docs.every((doc: { version: { _status: string } }) => doc.version._status === 'published')).toBe(true)
    }
  })
})

describe('internal notes through the side doors', () => {
  it('should not sort, filter or select by internal notes for people who may not read them', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    for (const token of [undefined, otherPartnerToken]) {
      const filtered = await rest('GET', `/${COLLECTION.commitments}?where[internalNotes][exists]=true`, { token })
      expect(filtered.status === 200 ? filtered.json.totalDocs : 0).toBe(0)
      const sorted = await rest('GET', `/${COLLECTION.commitments}?sort=internalNotes&where[id][equals]=${commitment.id}`, { token })
      expect(JSON.stringify(sorted.json)).not.toContain(NOTE)
      const selected = await rest('GET', `/${COLLECTION.commitments}/${commitment.id}?select[internalNotes]=true`, { token })
      expect(JSON.stringify(selected.json)).not.toContain(NOTE)
      const graph = await graphql(`{ Commitments(where: { internalNotes: { like: "rahasia" } }) { totalDocs docs { internalNotes } } }`, { token })
      expect(JSON.stringify(graph.json)).not.toContain(NOTE)
      if (!graph.json.errors) expect(graph.json.data.Commitments.totalDocs).toBe(0)
    }
  })
})

describe('duplicates', () => {
  it('should not carry another organization’s internal notes into a partner’s copy, nor publish it', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const { status, json } = await rest('POST', `/${COLLECTION.commitments}/${commitment.id}/duplicate?draft=false`, {
      token: otherPartnerToken,
      body: { slug: uniqueName('salinan') },
    })
    expect(status).toBe(200)
    const copy = await payload.findByID({ collection: COLLECTION.commitments, id: json.doc.id, depth: 0, draft: true })
    expect(copy.internalNotes ?? null).toBeNull()
    expect(copy._status).toBe('draft')
    expect(copy.organization).not.toBe(tree.organization.id)

    const ownCopy = await rest('POST', `/${COLLECTION.commitments}/${commitment.id}/duplicate`, { token: partnerToken, body: { slug: uniqueName('salinan') } })
    expect(ownCopy.status).toBe(200)
    const kept = await payload.findByID({ collection: COLLECTION.commitments, id: ownCopy.json.doc.id, depth: 0, draft: true })
    expect(kept.internalNotes).toBe(NOTE)
  })
})

describe('accounts and emails', () => {
  it('should show a partner only its own account, however it asks', async () => {
    const { json } = await rest('GET', `/${COLLECTION.users}?limit=100&where[email][like]=example.org`, { token: partnerToken })
    expect(json.totalDocs).toBe(1)
    expect(JSON.stringify(json)).not.toContain(staffEmail)
    const graph = await graphql('{ Users(limit: 100) { totalDocs docs { email } } }', { token: partnerToken })
    expect(graph.json.data.Users.totalDocs).toBe(1)
    const count = await rest('GET', `/${COLLECTION.users}/count`, { token: partnerToken })
    expect(count.json.totalDocs).toBe(1)
  })

  it('should never give the public an account, not even its own "me"', async () => {
    expect((await rest('GET', `/${COLLECTION.users}/me`)).json.user ?? null).toBeNull()
    expect([401, 403]).toContain((await rest('GET', `/${COLLECTION.users}/count`)).status)
    const graph = await graphql('{ countUsers { totalDocs } }')
    expect(graph.json.data?.countUsers ?? null).toBeNull()
  })

  it('should not reveal whether an account exists through login errors', async () => {
    const unknown = await rest('POST', `/${COLLECTION.users}/login`, { body: { email: `${uniqueName('tiada')}@example.org`, password } })
    const wrongPassword = await rest('POST', `/${COLLECTION.users}/login`, { body: { email: staffEmail, password: 'salah-sama-sekali' } })
    expect(unknown.status).toBe(wrongPassword.status)
    expect(JSON.stringify(unknown.json.errors)).toBe(JSON.stringify(wrongPassword.json.errors))
  })
})

describe('files in the trash', () => {
  it('should stop serving a trashed file to the public', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#0b5cad' } }).png().toBuffer()
    const media = await payload.create({
      collection: COLLECTION.media,
      data: { alt: 'dibuang' },
      file: { data: png, mimetype: 'image/png', name: `${uniqueName('dibuang')}.png`, size: png.length },
    })
    const path = `/${COLLECTION.media}/file/${media.filename}`
    expect((await rest('GET', path)).status).toBe(200)
    await payload.update({ collection: COLLECTION.media, id: media.id, data: { deletedAt: new Date().toISOString() } })
    expect([403, 404]).toContain((await rest('GET', path)).status)
    expect((await rest('GET', `/${COLLECTION.media}/${media.id}?trash=true`)).status).toBe(404)
  })
})
