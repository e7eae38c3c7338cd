import type { Payload } from 'payload'

import { COLLECTION, ROLE } from '../../src/constants'
import { GRAPHQL_ID, graphql, login, rest } from '../helpers/apiClient'
import { createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

/**
 * Published versions of the roadmap are public information (the "what changed" page reads
 * them as an anonymous client); drafts, autosaves and the trash are not. Every way of reading
 * versions — list, by id, filters, counts, the trash flag — over REST and GraphQL.
 */

const password = 'kata-sandi-versi-123'
const DRAFT = 'Draf rahasia belum terbit'

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let partnerToken: string
let staffToken: string
/** The section: published twice, then a draft saved over it. */
let sectionId: number
let draftVersionId: number | string
let publishedVersionId: number | string
/** A section that has never been published. */
let neverPublishedId: number

const createUser = async (data: { roles: string[]; organization?: number | null }) => {
  const email = `${uniqueName('versi')}@example.org`
  await payload.create({ collection: COLLECTION.users, data: { email, password, name: uniqueName('Pengguna'), ...data } as never })
  return login(email, password)
}

const versionsOf = async (collection: typeof COLLECTION.roadmapSections | typeof COLLECTION.roadmaps, parent: number | string, published?: boolean) =>
  (
    await payload.countVersions({
      collection,
      where: {
        and: [{ parent: { equals: parent } }, ...(published === undefined ? [] : [{ 'version._status': { equals: published ? 'published' : 'draft' } }])],
      },
    })
  ).totalDocs

const sectionVersionsPath = (query: string) => `/${COLLECTION.roadmapSections}/versions?${query}`

const SECTION_VERSIONS = `query ($parent: JSON, $trash: Boolean) {
  versionsRoadmapSections(where: { parent: { equals: $parent } }, trash: $trash, limit: 100) { totalDocs docs { id version { title _status } } }
}`

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  partnerToken = await createUser({ roles: [ROLE.partner], organization: tree.organization.id })
  staffToken = await createUser({ roles: [ROLE.secretariat] })

  const section = await payload.create({
    collection: COLLECTION.roadmapSections,
    data: { roadmap: tree.roadmap.id, kind: 'intervention', code: '1.1.1.2', parent: tree.focus.id, title: 'Judul versi satu', _status: 'published' },
  })
  sectionId = section.id
  await payload.update({ collection: COLLECTION.roadmapSections, id: sectionId, data: { title: 'Judul versi dua', _status: 'published' } })
  await payload.update({ collection: COLLECTION.roadmapSections, id: sectionId, data: { title: DRAFT }, draft: true })

  const { docs } = await payload.findVersions({ collection: COLLECTION.roadmapSections, where: { parent: { equals: sectionId } }, sort: '-updatedAt', limit: 10 })
  draftVersionId = docs.find((doc) => doc.version._status === 'draft')!.id
  publishedVersionId = docs.find((doc) => doc.version._status === 'published')!.id

  const neverPublished = await payload.create({
    collection: COLLECTION.roadmapSections,
    data: { roadmap: tree.roadmap.id, kind: 'intervention', code: '1.1.1.3', parent: tree.focus.id, title: `${DRAFT} (bagian)`, _status: 'draft' },
    draft: true,
  })
  neverPublishedId = neverPublished.id
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('published versions of the roadmap are public', () => {
  it('should have saved two published versions and a draft of the section', async () => {
    expect(await versionsOf(COLLECTION.roadmapSections, sectionId, true)).toBeGreaterThanOrEqual(2)
    expect(await versionsOf(COLLECTION.roadmapSections, sectionId, false)).toBeGreaterThanOrEqual(1)
  })

  for (const [who, token] of [
    ['the public', () => undefined],
    ['a partner', () => partnerToken],
  ] as const) {
    it(`should list the published versions, and no draft, to ${who} over REST`, async () => {
      const published = await versionsOf(COLLECTION.roadmapSections, sectionId, true)
      const { status, json } = await rest('GET', sectionVersionsPath(`where[parent][equals]=${sectionId}&limit=100`), { token: token() })
      expect(status).toBe(200)
      expect(json.totalDocs).toBe(published)
      expect(json.docs.every((doc: { version: { _status: string } }) => doc.version._status === 'published')).toBe(true)
      expect(json.docs.map((doc: { version: { title: string } }) => doc.version.title)).toEqual(expect.arrayContaining(['Judul versi satu', 'Judul versi dua']))
      expect(JSON.stringify(json)).not.toContain(DRAFT)

      // Unfiltered, and with the trash asked for.
      for (const query of ['limit=100', `where[parent][equals]=${sectionId}&trash=true&limit=100`]) {
        const all = await rest('GET', sectionVersionsPath(query), { token: token() })
        expect(all.status).toBe(200)
        expect(JSON.stringify(all.json)).not.toContain(DRAFT)
      }
    })

    it(`should not let ${who} find drafts with filters or counts over REST`, async () => {
      for (const query of [
        `where[parent][equals]=${sectionId}&where[version._status][equals]=draft`,
        `where[or][0][version._status][equals]=draft&where[or][1][version.title][like]=rahasia`,
        `where[version.title][like]=rahasia&trash=true`,
        `where[parent][equals]=${neverPublishedId}`,
        `where[parent][equals]=${neverPublishedId}&trash=true`,
      ]) {
        const { status, json } = await rest('GET', sectionVersionsPath(query), { token: token() })
        expect(status).toBe(200)
        expect(json.totalDocs).toBe(0)
        expect(JSON.stringify(json)).not.toContain(DRAFT)
      }
    })

    it(`should give ${who} a published version by id, never a draft version`, async () => {
      const published = await rest('GET', `/${COLLECTION.roadmapSections}/versions/${publishedVersionId}`, { token: token() })
      expect(published.status).toBe(200)
      expect(published.json.version._status).toBe('published')

      for (const path of [`/${COLLECTION.roadmapSections}/versions/${draftVersionId}`, `/${COLLECTION.roadmapSections}/versions/${draftVersionId}?trash=true`]) {
        const draft = await rest('GET', path, { token: token() })
        expect([403, 404]).toContain(draft.status)
        expect(JSON.stringify(draft.json)).not.toContain(DRAFT)
      }
    })

    it(`should show ${who} the same over GraphQL`, async () => {
      const published = await versionsOf(COLLECTION.roadmapSections, sectionId, true)
      for (const trash of [false, true]) {
        const list = await graphql(SECTION_VERSIONS, { token: token(), variables: { parent: sectionId, trash } })
        expect(list.json.errors).toBeUndefined()
        expect(list.json.data.versionsRoadmapSections.totalDocs).toBe(published)
        expect(JSON.stringify(list.json)).not.toContain(DRAFT)
      }

      const filtered = await graphql(
        `{ versionsRoadmapSections(where: { OR: [{ version___status: { equals: draft } }, { version__title: { like: "rahasia" } }] }) { totalDocs docs { version { title } } } }`,
        { token: token() },
      )
      expect(filtered.json.errors).toBeUndefined()
      expect(filtered.json.data.versionsRoadmapSections.totalDocs).toBe(0)

      const neverPublished = await graphql(SECTION_VERSIONS, { token: token(), variables: { parent: neverPublishedId, trash: true } })
      expect(neverPublished.json.data.versionsRoadmapSections.totalDocs).toBe(0)
      expect(JSON.stringify(neverPublished.json)).not.toContain(DRAFT)

      const byId = `query ($id: ${GRAPHQL_ID}) { versionRoadmapSection(id: $id) { id version { title _status } } }`
      const publishedById = await graphql(byId, { token: token(), variables: { id: publishedVersionId } })
      expect(publishedById.json.errors).toBeUndefined()
      expect(publishedById.json.data.versionRoadmapSection.version._status).toBe('published')
      const draftById = await graphql(byId, { token: token(), variables: { id: draftVersionId } })
      expect(draftById.json.data?.versionRoadmapSection ?? null).toBeNull()
      expect(JSON.stringify(draftById.json)).not.toContain(DRAFT)
    })
  }

  it('should let staff read drafts as well', async () => {
    const all = await versionsOf(COLLECTION.roadmapSections, sectionId)
    const list = await rest('GET', sectionVersionsPath(`where[parent][equals]=${sectionId}&limit=100`), { token: staffToken })
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBe(all)
    expect(JSON.stringify(list.json)).toContain(DRAFT)

    const byId = await rest('GET', `/${COLLECTION.roadmapSections}/versions/${draftVersionId}`, { token: staffToken })
    expect(byId.status).toBe(200)
    expect(byId.json.version.title).toBe(DRAFT)

    const graph = await graphql(SECTION_VERSIONS, { token: staffToken, variables: { parent: sectionId } })
    expect(graph.json.errors).toBeUndefined()
    expect(graph.json.data.versionsRoadmapSections.totalDocs).toBe(all)
    expect(JSON.stringify(graph.json)).toContain(DRAFT)

    const neverPublished = await rest('GET', sectionVersionsPath(`where[parent][equals]=${neverPublishedId}`), { token: staffToken })
    expect(neverPublished.json.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('should show the public the roadmap’s published versions, not its drafts', async () => {
    const roadmapDraft = `${DRAFT} (peta jalan)`
    await payload.update({ collection: COLLECTION.roadmaps, id: tree.roadmap.id, data: { title: roadmapDraft }, draft: true })
    const published = await versionsOf(COLLECTION.roadmaps, tree.roadmap.id, true)
    expect(published).toBeGreaterThanOrEqual(1)

    const list = await rest('GET', `/${COLLECTION.roadmaps}/versions?where[parent][equals]=${tree.roadmap.id}&limit=100`)
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBe(published)
    expect(JSON.stringify(list.json)).not.toContain(roadmapDraft)

    const graph = await graphql(`query ($parent: JSON) { versionsRoadmaps(where: { parent: { equals: $parent } }, trash: true) { totalDocs docs { version { title _status } } } }`, {
      variables: { parent: tree.roadmap.id },
    })
    expect(graph.json.errors).toBeUndefined()
    expect(graph.json.data.versionsRoadmaps.totalDocs).toBe(published)
    expect(JSON.stringify(graph.json)).not.toContain(roadmapDraft)

    const staff = await rest('GET', `/${COLLECTION.roadmaps}/versions?where[parent][equals]=${tree.roadmap.id}&limit=100`, { token: staffToken })
    expect(JSON.stringify(staff.json)).toContain(roadmapDraft)
  })

  it('should take every version of a section in the trash away from the public, but not from staff', async () => {
    const section = await payload.create({
      collection: COLLECTION.roadmapSections,
      data: { roadmap: tree.roadmap.id, kind: 'intervention', code: '1.1.1.4', parent: tree.focus.id, title: 'Akan dibuang', _status: 'published' },
    })
    await payload.update({ collection: COLLECTION.roadmapSections, id: section.id, data: { title: 'Akan dibuang, versi dua', _status: 'published' } })
    const path = sectionVersionsPath(`where[parent][equals]=${section.id}`)
    expect((await rest('GET', path)).json.totalDocs).toBeGreaterThanOrEqual(2)

    await payload.update({ collection: COLLECTION.roadmapSections, id: section.id, data: { deletedAt: new Date().toISOString() } })
    for (const token of [undefined, partnerToken]) {
      for (const query of [path, `${path}&trash=true`]) {
        const { status, json } = await rest('GET', query, { token })
        expect(status).toBe(200)
        expect(json.totalDocs).toBe(0)
      }
      const graph = await graphql(SECTION_VERSIONS, { token, variables: { parent: section.id, trash: true } })
      expect(graph.json.errors).toBeUndefined()
      expect(graph.json.data.versionsRoadmapSections.totalDocs).toBe(0)
    }
    const staff = await rest('GET', `${path}&trash=true`, { token: staffToken })
    expect(staff.json.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('should take the history of a section the secretariat unpublished away from the public', async () => {
    const section = await payload.create({
      collection: COLLECTION.roadmapSections,
      data: { roadmap: tree.roadmap.id, kind: 'intervention', code: '1.1.1.5', parent: tree.focus.id, title: 'Akan ditarik', _status: 'published' },
    })
    await payload.update({ collection: COLLECTION.roadmapSections, id: section.id, data: { title: 'Akan ditarik, versi dua', _status: 'published' } })
    const path = sectionVersionsPath(`where[parent][equals]=${section.id}`)
    expect((await rest('GET', path)).json.totalDocs).toBeGreaterThanOrEqual(2)
    await payload.update({ collection: COLLECTION.roadmapSections, id: section.id, data: { _status: 'draft' } })
    expect((await rest('GET', path)).json.totalDocs).toBe(0)
    expect((await rest('GET', path, { token: partnerToken })).json.totalDocs).toBe(0)
    expect((await rest('GET', path, { token: staffToken })).json.totalDocs).toBeGreaterThanOrEqual(2)
  })

  it('should still keep commitment history from the public', async () => {
    expect((await rest('GET', `/${COLLECTION.commitments}/versions`)).status).toBe(403)
  })
})
