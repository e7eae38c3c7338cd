import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { REST_GET, REST_PATCH } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { BASED_ON_UPDATED_AT } from '../../src/concurrency/basedOnUpdatedAtField'
import { LOCKED_DOCUMENTS } from '../../src/concurrency/documentLocks'
import { parseBasedOnUpdatedAt, parseIfMatch } from '../../src/concurrency/preconditions'
import { COLLECTION } from '../../src/constants'
import { engineOf } from '../../src/db/adapter'
import { GRAPHQL_ID, graphql, login, rest } from '../helpers/apiClient'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
const password = 'kata-sandi-uji-123'
type Editor = { id: number; token: string }
let editorA: Editor
let editorB: Editor
let adminB: Editor

const isMongo = engineOf(process.env.DATABASE_URI) === 'mongodb'
const STALE = 'telah diubah oleh orang lain sejak Anda membukanya'
const LOCKED = 'sedang disunting oleh pengguna lain'

const createEditor = async (roles: ('admin' | 'secretariat')[]): Promise<Editor> => {
  const email = `${uniqueName('penyunting')}@example.org`
  const user = await payload.create({ collection: COLLECTION.users, data: { email, password, name: 'Penyunting Uji', roles } })
  return { id: user.id, token: await login(email, password) }
}

const newCommitment = () => createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })

const storedTitle = async (id: number) =>
  (await payload.findByID({ collection: COLLECTION.commitments, id, draft: true, depth: 0 })).title

const messageOf = (json: any): string => JSON.stringify(json?.errors ?? json)

/** REST with the response headers, which the shared helper does not return. */
const restWithHeaders = async (method: 'GET' | 'PATCH', path: string, { token, body, headers = {} }: { token: string; body?: unknown; headers?: Record<string, string> }) => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, {
    method,
    headers: { Authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  const handler = method === 'GET' ? REST_GET(config) : REST_PATCH(config)
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, json: await response.json() }
}

const lockFor = (editor: Editor, commitmentId: number) =>
  payload.create({
    collection: LOCKED_DOCUMENTS,
    data: {
      document: { relationTo: COLLECTION.commitments, value: commitmentId },
      user: { relationTo: COLLECTION.users, value: editor.id },
    },
  })

const updateTitleMutation = `mutation ($id: ${GRAPHQL_ID}!, $title: String, $basedOn: String) {
  updateCommitment(id: $id, data: { title: $title, ${BASED_ON_UPDATED_AT}: $basedOn }) { id title updatedAt }
}`

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  editorA = await createEditor(['secretariat'])
  editorB = await createEditor(['secretariat'])
  adminB = await createEditor(['admin'])
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('reading a precondition', () => {
  it('should read If-Match as a bare, quoted, weak or listed timestamp', () => {
    const time = Date.parse('2026-03-01T08:00:00.123Z')
    expect(parseIfMatch('2026-03-01T08:00:00.123Z')).toBe(time)
    expect(parseIfMatch('"2026-03-01T08:00:00.123Z"')).toBe(time)
    expect(parseIfMatch('W/"2026-03-01T08:00:00.123Z"')).toBe(time)
    expect(parseIfMatch('"2026-02-01T08:00:00.000Z", "2026-03-01T08:00:00.123Z"')).toBe(time)
    expect(parseBasedOnUpdatedAt('2026-03-01T15:00:00.123+07:00')).toBe(time)
  })

  it('should treat no header, an empty one and * as no precondition', () => {
    expect(parseIfMatch(null)).toBeNull()
    expect(parseIfMatch('')).toBeNull()
    expect(parseIfMatch('*')).toBeNull()
    expect(parseBasedOnUpdatedAt(undefined)).toBeNull()
    expect(parseBasedOnUpdatedAt('')).toBeNull()
  })

  it('should refuse text that is not a full timestamp with a zone, with 400', () => {
    for (const text of ['kemarin', '2026-03-01', '2026-03-01T08:00:00', '1', '"2026-13-45T99:00:00Z"']) {
      expect(() => parseIfMatch(text)).toThrow(expect.objectContaining({ status: 400 }))
    }
    expect(() => parseBasedOnUpdatedAt(42)).toThrow(expect.objectContaining({ status: 400 }))
  })
})

describe('optimistic concurrency over REST', () => {
  it('should save with the current If-Match, then refuse a save based on the old version with 409 and keep the first', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    const readByA = await rest('GET', path, { token: editorA.token })
    const readByB = await rest('GET', path, { token: editorB.token })
    expect(readByB.json.updatedAt).toBe(readByA.json.updatedAt)

    const saveByA = await rest('PATCH', path, {
      token: editorA.token,
      body: { title: 'Versi A' },
      headers: { 'If-Match': `"${readByA.json.updatedAt}"` },
    })
    expect(saveByA.status).toBe(200)

    const saveByB = await rest('PATCH', path, {
      token: editorB.token,
      body: { title: 'Versi B' },
      headers: { 'If-Match': `"${readByB.json.updatedAt}"` },
    })
    expect(saveByB.status).toBe(409)
    expect(messageOf(saveByB.json)).toContain(STALE)
    expect(messageOf(saveByB.json)).toContain('reload and reapply your changes')
    expect(saveByB.json.errors[0].data.updatedAt).toBe(saveByA.json.doc.updatedAt)
    expect(await storedTitle(commitment.id)).toBe('Versi A')

    const retryByB = await rest('PATCH', path, {
      token: editorB.token,
      body: { title: 'Versi B' },
      headers: { 'If-Match': saveByA.json.doc.updatedAt },
    })
    expect(retryByB.status).toBe(200)
    expect(await storedTitle(commitment.id)).toBe('Versi B')
  })

  it('should answer reads and saves with an ETag that works as the next If-Match', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    const read = await restWithHeaders('GET', path, { token: editorA.token })
    expect(read.headers.get('etag')).toBe(`"${read.json.updatedAt}"`)

    const save = await restWithHeaders('PATCH', path, {
      token: editorA.token,
      body: { title: 'Dengan ETag' },
      headers: { 'If-Match': read.headers.get('etag') ?? '' },
    })
    expect(save.status).toBe(200)
    expect(save.headers.get('etag')).toBe(`"${save.json.doc.updatedAt}"`)

    const stale = await restWithHeaders('PATCH', path, {
      token: editorB.token,
      body: { title: 'Terlambat' },
      headers: { 'If-Match': read.headers.get('etag') ?? '' },
    })
    expect(stale.status).toBe(409)
    expect(stale.headers.get('etag')).toBeNull()
  })

  it('should refuse an If-Match that is not a timestamp with 400, never 500, and change nothing', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    for (const ifMatch of ['kemarin', '"v2"', '2026-01-01']) {
      const { status, json } = await rest('PATCH', path, { token: editorA.token, body: { title: 'Tidak boleh' }, headers: { 'If-Match': ifMatch } })
      expect(status).toBe(400)
      expect(messageOf(json)).toContain('Header If-Match harus berisi updatedAt')
    }
    expect(await storedTitle(commitment.id)).toBe(commitment.title)
  })

  it('should honour basedOnUpdatedAt in the body like If-Match, and refuse a malformed one with 400', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    const first = await rest('PATCH', path, { token: editorA.token, body: { title: 'Pertama', [BASED_ON_UPDATED_AT]: commitment.updatedAt } })
    expect(first.status).toBe(200)
    expect(first.json.doc).not.toHaveProperty(BASED_ON_UPDATED_AT)

    const stale = await rest('PATCH', path, { token: editorB.token, body: { title: 'Kedua', [BASED_ON_UPDATED_AT]: commitment.updatedAt } })
    expect(stale.status).toBe(409)
    expect(messageOf(stale.json)).toContain(STALE)

    const malformed = await rest('PATCH', path, { token: editorB.token, body: { title: 'Ketiga', [BASED_ON_UPDATED_AT]: 'tadi pagi' } })
    expect(malformed.status).toBe(400)
    expect(messageOf(malformed.json)).toContain(`${BASED_ON_UPDATED_AT} harus berisi updatedAt`)
    expect(await storedTitle(commitment.id)).toBe('Pertama')
  })

  it('should keep saving as before when no precondition is sent', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    expect((await rest('PATCH', path, { token: editorA.token, body: { title: 'Tanpa syarat 1' } })).status).toBe(200)
    expect((await rest('PATCH', path, { token: editorB.token, body: { title: 'Tanpa syarat 2' } })).status).toBe(200)
    expect((await rest('PATCH', path, { token: editorB.token, body: { title: 'Bintang' }, headers: { 'If-Match': '*' } })).status).toBe(200)
    expect(await storedTitle(commitment.id)).toBe('Bintang')
  })

  it('should not count a progress roll-up as an edit', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    const readBefore = await rest('GET', path, { token: editorA.token })
    await createMilestone(payload, { commitment: commitment.id, status: 'done' })
    const readAfter = await rest('GET', path, { token: editorB.token })
    expect(readAfter.json.progress).toBe(100)

    const saveByB = await rest('PATCH', path, { token: editorB.token, body: { title: 'Setelah roll-up' }, headers: { 'If-Match': readAfter.json.updatedAt } })
    expect(saveByB.status).toBe(200)
    const saveByA = await rest('PATCH', path, { token: editorA.token, body: { title: 'Basi' }, headers: { 'If-Match': readBefore.json.updatedAt } })
    expect(saveByA.status).toBe(409)
  })

  it('should compare drafts with the latest version: a save based on the published document loses to a newer draft', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    const published = await rest('GET', path, { token: editorB.token })
    const draftByA = await rest('PATCH', `${path}?draft=true`, {
      token: editorA.token,
      body: { title: 'Draf A' },
      headers: { 'If-Match': published.json.updatedAt },
    })
    expect(draftByA.status).toBe(200)

    const saveByB = await rest('PATCH', path, { token: editorB.token, body: { title: 'Terbit B' }, headers: { 'If-Match': published.json.updatedAt } })
    expect(saveByB.status).toBe(409)
    expect(await storedTitle(commitment.id)).toBe('Draf A')

    const latest = await rest('GET', `${path}?draft=true`, { token: editorB.token })
    expect(latest.json.title).toBe('Draf A')
    const retry = await rest('PATCH', path, { token: editorB.token, body: { title: 'Terbit B' }, headers: { 'If-Match': latest.json.updatedAt } })
    expect(retry.status).toBe(200)
  })

  it('should accept the updatedAt of a document created as a draft, read with or without drafts', async () => {
    const created = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id, isPublished: false })
    // Payload stamps the document at its insert and its first version just after; under load
    // they differ by a few milliseconds. Make that gap certain.
    if (!isMongo) {
      await (payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<unknown> } }).drizzle.execute(
        sql`update "_commitments_v" set created_at = created_at + interval '5 milliseconds', updated_at = updated_at + interval '5 milliseconds', version_updated_at = version_updated_at + interval '5 milliseconds' where parent_id = ${created.id}`,
      )
    }
    const path = `/${COLLECTION.commitments}/${created.id}`
    const plain = await rest('GET', path, { token: editorA.token })
    const withDrafts = await rest('GET', `${path}?draft=true`, { token: editorB.token })
    if (!isMongo) expect(plain.json.updatedAt).not.toBe(withDrafts.json.updatedAt)

    const saveByA = await rest('PATCH', `${path}?draft=true`, { token: editorA.token, body: { title: 'Dari baca biasa' }, headers: { 'If-Match': plain.json.updatedAt } })
    expect(saveByA.status).toBe(200)
    const saveByB = await rest('PATCH', `${path}?draft=true`, { token: editorB.token, body: { title: 'Dari baca draf' }, headers: { 'If-Match': withDrafts.json.updatedAt } })
    expect(saveByB.status).toBe(409)
    const againFromPlain = await rest('PATCH', path, { token: editorB.token, body: { title: 'Basi' }, headers: { 'If-Match': plain.json.updatedAt } })
    expect(againFromPlain.status).toBe(409)
    expect(await storedTitle(created.id)).toBe('Dari baca biasa')
  })

  it('should refuse If-Match on a bulk update with 400', async () => {
    const commitment = await newCommitment()
    const { status, json } = await rest('PATCH', `/${COLLECTION.commitments}?where[id][equals]=${commitment.id}`, {
      token: editorA.token,
      body: { title: 'Massal' },
      headers: { 'If-Match': commitment.updatedAt },
    })
    expect(status).toBe(400)
    expect(messageOf(json)).toContain('hanya berlaku saat memperbarui atau menghapus satu dokumen')
    expect(await storedTitle(commitment.id)).toBe(commitment.title)
  })

  it('should refuse a stale If-Match on delete with 409 and keep the document', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    expect((await rest('PATCH', path, { token: editorA.token, body: { title: 'Diubah dulu' } })).status).toBe(200)
    const attempt = await rest('DELETE', path, { token: adminB.token, headers: { 'If-Match': commitment.updatedAt } })
    expect(attempt.status).toBe(409)
    expect(await storedTitle(commitment.id)).toBe('Diubah dulu')
  })

  it('should let exactly one of two simultaneous saves based on the same version through', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    const results = await Promise.all(
      [editorA, editorB].map((editor, index) =>
        rest('PATCH', path, { token: editor.token, body: { title: `Serentak ${index}` }, headers: { 'If-Match': commitment.updatedAt } }),
      ),
    )
    expect(results.map((result) => result.status).sort()).toEqual([200, 409])
    const winner = results.find((result) => result.status === 200)
    expect(await storedTitle(commitment.id)).toBe(winner?.json.doc.title)
  })
})

/** A save as the admin panel sends it: multipart `_payload`, authenticated by the session cookie (or, for contrast, a header). */
const adminFormSave = (editor: Editor, id: number, data: Record<string, unknown>, { viaHeader = false } = {}) => {
  const formData = new FormData()
  formData.append('_payload', JSON.stringify(data))
  return rest('PATCH', `/${COLLECTION.commitments}/${id}?draft=true`, {
    formData,
    ...(viaHeader ? { token: editor.token } : { headers: { cookie: `payload-token=${editor.token}` } }),
  })
}

describe('the admin form’s updatedAt as its precondition', () => {
  it('should refuse a stale admin form save with 409 after someone else saved, and keep their change', async () => {
    const commitment = await newCommitment()
    const saveByB = await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token: editorB.token, body: { title: 'Simpanan B' } })
    expect(saveByB.status).toBe(200)
    const stale = await adminFormSave(editorA, commitment.id, { title: 'Formulir basi A', updatedAt: commitment.updatedAt })
    expect(stale.status).toBe(409)
    expect(messageOf(stale.json)).toContain(STALE)
    expect(await storedTitle(commitment.id)).toBe('Simpanan B')
  })

  it('should let an admin form save based on the current state through', async () => {
    const commitment = await newCommitment()
    const read = await rest('GET', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token: editorA.token })
    const saved = await adminFormSave(editorA, commitment.id, { title: 'Formulir segar', updatedAt: read.json.updatedAt })
    expect(saved.status).toBe(200)
    expect(await storedTitle(commitment.id)).toBe('Formulir segar')
  })

  it('should not read updatedAt as a precondition when the client authenticates with a header', async () => {
    const commitment = await newCommitment()
    await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token: editorB.token, body: { title: 'Simpanan B' } })
    const saved = await adminFormSave(editorA, commitment.id, { title: 'Klien API', updatedAt: commitment.updatedAt }, { viaHeader: true })
    expect(saved.status).toBe(200)
  })
})

describe('a person’s own later saves', () => {
  it('should never put a person in conflict with their own saves, but still with someone else’s', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}?draft=true`
    const basedOn = { 'If-Match': commitment.updatedAt }
    expect((await rest('PATCH', path, { token: editorA.token, body: { title: 'A satu' }, headers: basedOn })).status).toBe(200)
    // A's second save is based on the same old state (an autosave that left before the first one's answer arrived).
    expect((await rest('PATCH', path, { token: editorA.token, body: { title: 'A dua' }, headers: basedOn })).status).toBe(200)
    const byB = await rest('PATCH', path, { token: editorB.token, body: { title: 'B basi' }, headers: basedOn })
    expect(byB.status).toBe(409)
    expect(await storedTitle(commitment.id)).toBe('A dua')
    expect((await adminFormSave(editorA, commitment.id, { title: 'A tiga', updatedAt: commitment.updatedAt })).status).toBe(200)
  })
})

describe('optimistic concurrency over GraphQL', () => {
  it('should save with the current basedOnUpdatedAt and refuse the stale one with 409', async () => {
    const commitment = await newCommitment()
    const query = `query ($id: ${GRAPHQL_ID}!) { Commitment(id: $id) { updatedAt } }`
    const readByA = await graphql(query, { token: editorA.token, variables: { id: commitment.id } })
    const readByB = await graphql(query, { token: editorB.token, variables: { id: commitment.id } })
    const basedOn = readByA.json.data.Commitment.updatedAt
    expect(readByB.json.data.Commitment.updatedAt).toBe(basedOn)

    const saveByA = await graphql(updateTitleMutation, { token: editorA.token, variables: { id: commitment.id, title: 'GraphQL A', basedOn } })
    expect(saveByA.json.errors).toBeUndefined()
    expect(saveByA.json.data.updateCommitment.title).toBe('GraphQL A')

    const saveByB = await graphql(updateTitleMutation, {
      token: editorB.token,
      variables: { id: commitment.id, title: 'GraphQL B', basedOn: readByB.json.data.Commitment.updatedAt },
    })
    expect(saveByB.json.data?.updateCommitment ?? null).toBeNull()
    expect(saveByB.json.errors[0].message).toContain(STALE)
    expect(saveByB.json.errors[0].extensions.statusCode).toBe(409)
    expect(await storedTitle(commitment.id)).toBe('GraphQL A')
  })

  it('should refuse a malformed basedOnUpdatedAt with 400', async () => {
    const commitment = await newCommitment()
    const { json } = await graphql(updateTitleMutation, { token: editorA.token, variables: { id: commitment.id, title: 'Salah', basedOn: 'besok' } })
    expect(json.errors[0].extensions.statusCode).toBe(400)
    expect(await storedTitle(commitment.id)).toBe(commitment.title)
  })
})

describe('optimistic concurrency through the Local API', () => {
  it('should refuse a stale basedOnUpdatedAt for a person and for server code alike', async () => {
    const commitment = await newCommitment()
    const asEditor = async (editor: Editor) => ({ user: await payload.findByID({ collection: COLLECTION.users, id: editor.id }), overrideAccess: false })
    const saveA = { title: 'Lokal A', [BASED_ON_UPDATED_AT]: commitment.updatedAt }
    const saved = await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: saveA, ...(await asEditor(editorA)) })
    expect(saved.title).toBe('Lokal A')

    const saveB = { title: 'Lokal B', [BASED_ON_UPDATED_AT]: commitment.updatedAt }
    await expect(payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: saveB, ...(await asEditor(editorB)) })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(STALE),
    })
    await expect(payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: saveB })).rejects.toMatchObject({ status: 409 })
    expect(await storedTitle(commitment.id)).toBe('Lokal A')

    const current = { title: 'Lokal B', [BASED_ON_UPDATED_AT]: saved.updatedAt }
    expect((await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: current, ...(await asEditor(editorB)) })).title).toBe('Lokal B')
  })
})

describe('edit locks on every API', () => {
  it('should refuse B over REST, GraphQL and the Local API while A holds the lock, and change nothing', async () => {
    const commitment = await newCommitment()
    const path = `/${COLLECTION.commitments}/${commitment.id}`
    await lockFor(editorA, commitment.id)

    const overRest = await rest('PATCH', path, { token: editorB.token, body: { title: 'REST B' } })
    expect(overRest.status).toBe(423)
    expect(messageOf(overRest.json)).toContain(LOCKED)

    const forced = await rest('PATCH', `${path}?overrideLock=true`, { token: editorB.token, body: { title: 'REST B paksa' } })
    expect(forced.status).toBe(423)

    const overGraphql = await graphql(updateTitleMutation, { token: editorB.token, variables: { id: commitment.id, title: 'GraphQL B' } })
    expect(overGraphql.json.errors[0].extensions.statusCode).toBe(423)
    expect(overGraphql.json.errors[0].message).toContain(LOCKED)

    const userB = await payload.findByID({ collection: COLLECTION.users, id: editorB.id })
    await expect(
      payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: { title: 'Lokal B' }, user: userB, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 423 })

    const deletion = await rest('DELETE', path, { token: adminB.token })
    expect(deletion.status).toBe(423)

    const { docs: versions } = await payload.findVersions({ collection: COLLECTION.commitments, where: { parent: { equals: commitment.id } }, limit: 1 })
    const restore = await rest('POST', `/${COLLECTION.commitments}/versions/${versions[0]?.id}`, { token: editorB.token })
    expect(restore.status).toBe(423)

    expect(await storedTitle(commitment.id)).toBe(commitment.title)
    const stillThere = await payload.find({ collection: COLLECTION.commitments, where: { id: { equals: commitment.id } } })
    expect(stillThere.totalDocs).toBe(1)
  })

  it('should not reveal a lock to someone who may not change the document', async () => {
    const commitment = await newCommitment()
    await lockFor(editorA, commitment.id)
    const otherOrganization = await payload.create({
      collection: COLLECTION.organizations,
      data: { name: uniqueName('Organisasi Lain'), slug: uniqueName('org-lain'), kind: 'ngo' },
    })
    const email = `${uniqueName('mitra')}@example.org`
    await payload.create({ collection: COLLECTION.users, data: { email, password, name: 'Mitra Lain', roles: ['partner'], organization: otherOrganization.id } })
    const partnerToken = await login(email, password)

    const update = await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}`, { token: partnerToken, body: { title: 'Bukan milik saya' } })
    expect([403, 404]).toContain(update.status)
    const { docs: versions } = await payload.findVersions({ collection: COLLECTION.commitments, where: { parent: { equals: commitment.id } }, limit: 1 })
    const restore = await rest('POST', `/${COLLECTION.commitments}/versions/${versions[0]?.id}`, { token: partnerToken })
    expect([403, 404]).toContain(restore.status)
    expect(await storedTitle(commitment.id)).toBe(commitment.title)
  })

  it('should let the lock holder save', async () => {
    const commitment = await newCommitment()
    await lockFor(editorA, commitment.id)
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}`, { token: editorA.token, body: { title: 'Pemegang kunci' } })
    expect(status).toBe(200)
    expect(await storedTitle(commitment.id)).toBe('Pemegang kunci')
  })

  it('should let others save once the lock has lapsed', async () => {
    const commitment = await newCommitment()
    const lock = await lockFor(editorA, commitment.id)
    await payload.db.updateOne({
      collection: LOCKED_DOCUMENTS,
      id: lock.id,
      data: { updatedAt: new Date(Date.now() - 10 * 60 * 1000).toISOString() },
      returning: false,
    })
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}`, { token: editorB.token, body: { title: 'Kunci kedaluwarsa' } })
    expect(status).toBe(200)
  })

  it('should leave server code free to write through a lock, as Payload does, and a person only with an explicit overrideLock', async () => {
    const commitment = await newCommitment()
    await lockFor(editorA, commitment.id)
    const userB = await payload.findByID({ collection: COLLECTION.users, id: editorB.id })
    const forB = { collection: COLLECTION.commitments, id: commitment.id, user: userB, overrideAccess: false } as const
    const saved = await payload.update({ ...forB, data: { title: 'Atas nama B, sengaja' }, overrideLock: true })
    expect(saved.title).toBe('Atas nama B, sengaja')

    await lockFor(editorA, commitment.id)
    const bySystem = await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: { title: 'Sistem' } })
    expect(bySystem.title).toBe('Sistem')
  })
})
