import { createLocalReq, Forbidden, initTransaction, killTransaction } from 'payload'
import type { Payload, Where } from 'payload'

import { hashAttemptedEmail } from '../../src/audit/hashEmail'
import { COLLECTION } from '../../src/constants'
import type { AuditEvent, User } from '../../src/payload-types'
import { GRAPHQL_ID, graphql, login, rest } from '../helpers/apiClient'
import { createCommitment, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let secretariatOrganization: { id: number }
const password = 'kata-sandi-audit-2025'
const users = {} as Record<'admin' | 'secretariat' | 'partner', User>
const tokens = {} as Record<'admin' | 'secretariat' | 'partner', string>

const createUser = async ({ roles, organization }: { roles: User['roles']; organization?: number }) =>
  payload.create({
    collection: COLLECTION.users,
    data: { name: uniqueName('Pengguna Audit'), email: `${uniqueName('audit')}@example.org`, password, roles, organization },
  })

/** Every event about one document, oldest first (read with the Local API, so no access applies). */
const eventsFor = async (collectionSlug: string, documentId: number | string): Promise<AuditEvent[]> => {
  const { docs } = await payload.find({
    collection: COLLECTION.auditEvents,
    where: { and: [{ collectionSlug: { equals: collectionSlug } }, { documentId: { equals: String(documentId) } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs
}

const eventsWhere = async (where: Where): Promise<AuditEvent[]> => {
  const { docs } = await payload.find({ collection: COLLECTION.auditEvents, where, sort: 'createdAt', pagination: false, depth: 0 })
  return docs
}

/** The commitment draft a partner submits over REST. */
const partnerDraftBody = () => ({
  title: uniqueName('Komitmen Audit'),
  section: tree.intervention.id,
  role: 'implementer',
  internalNotes: 'Catatan internal',
  _status: 'draft',
})

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  secretariatOrganization = await payload.create({
    collection: COLLECTION.organizations,
    data: { name: uniqueName('KemenPPPA Uji'), slug: uniqueName('kemenpppa'), kind: 'ministry' },
  })
  users.admin = await createUser({ roles: ['admin'] })
  users.secretariat = await createUser({ roles: ['secretariat'], organization: secretariatOrganization.id })
  users.partner = await createUser({ roles: ['partner'], organization: tree.organization.id })
  tokens.admin = await login(users.admin.email, password)
  tokens.secretariat = await login(users.secretariat.email, password)
  tokens.partner = await login(users.partner.email, password)
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('a commitment’s life in the audit log', () => {
  let commitmentId: number
  let seen = 0

  /** Exactly one new event about the commitment since the last step, matching `expected`. */
  const expectOneNewEvent = async (expected: Partial<AuditEvent>) => {
    const events = await eventsFor(COLLECTION.commitments, commitmentId)
    const fresh = events.slice(seen)
    seen = events.length
    expect(fresh).toHaveLength(1)
    expect(fresh[0]).toMatchObject({ collectionSlug: COLLECTION.commitments, documentId: String(commitmentId), ...expected })
    return fresh[0]
  }

  it('should record a partner creating a draft, with the fields set', async () => {
    const { status, json } = await rest('POST', `/${COLLECTION.commitments}?draft=true`, { token: tokens.partner, body: partnerDraftBody() })
    expect(status).toBe(201)
    commitmentId = json.doc.id
    const event = await expectOneNewEvent({
      action: 'create',
      actor: users.partner.id,
      organization: tree.organization.id,
      autosave: false,
    })
    expect(event.changedFields).toEqual(
      expect.arrayContaining(['title', 'slug', 'organization', 'section', 'role', 'status', 'internalNotes', '_status']),
    )
    for (const unset of ['description', 'indicator.target', 'startDate', 'id', 'createdAt', 'updatedAt']) {
      expect(event.changedFields).not.toContain(unset)
    }
    expect(new Date(event.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('should record an update with exactly the changed field paths', async () => {
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitmentId}?draft=true`, {
      token: tokens.partner,
      body: { title: uniqueName('Judul Baru'), indicator: { target: 80 } },
    })
    expect(status).toBe(200)
    const event = await expectOneNewEvent({ action: 'update', actor: users.partner.id, organization: tree.organization.id })
    expect([...(event.changedFields ?? [])].sort()).toEqual(['indicator.target', 'title'])
  })

  it('should record publishing by the secretariat as publish, with the secretariat’s organization', async () => {
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitmentId}`, {
      token: tokens.secretariat,
      body: { _status: 'published' },
    })
    expect(status).toBe(200)
    const event = await expectOneNewEvent({ action: 'publish', actor: users.secretariat.id, organization: secretariatOrganization.id })
    expect(event.changedFields).toEqual(['_status'])
  })

  it('should record unpublishing as unpublish', async () => {
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitmentId}`, {
      token: tokens.secretariat,
      body: { _status: 'draft' },
    })
    expect(status).toBe(200)
    expect((await rest('GET', `/${COLLECTION.commitments}/${commitmentId}`)).status).toBe(404)
    const event = await expectOneNewEvent({ action: 'unpublish', actor: users.secretariat.id })
    expect(event.changedFields).toEqual(['_status'])
  })

  it('should record moving to the trash as trash', async () => {
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitmentId}`, {
      token: tokens.admin,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(status).toBe(200)
    const event = await expectOneNewEvent({ action: 'trash', actor: users.admin.id, organization: null })
    expect(event.changedFields).toEqual(['deletedAt'])
  })

  it('should record restoring from the trash as restore', async () => {
    const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitmentId}?trash=true`, {
      token: tokens.admin,
      body: { deletedAt: null },
    })
    expect(status).toBe(200)
    const event = await expectOneNewEvent({ action: 'restore', actor: users.admin.id })
    expect(event.changedFields).toContain('deletedAt')
  })

  it('should record permanent deletion as delete, and keep the whole history in order', async () => {
    const { status } = await rest('DELETE', `/${COLLECTION.commitments}/${commitmentId}`, { token: tokens.admin })
    expect(status).toBe(200)
    const event = await expectOneNewEvent({ action: 'delete', actor: users.admin.id, organization: null })
    expect(event.changedFields).toEqual([])
    const history = await eventsFor(COLLECTION.commitments, commitmentId)
    expect(history.map((entry) => entry.action)).toEqual(['create', 'update', 'publish', 'unpublish', 'trash', 'restore', 'delete'])
  })
})

describe('publication states', () => {
  it('should tell a draft saved over a published document from unpublishing it', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const step = async (query: string, body: Record<string, unknown>) => {
      const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}${query}`, { token: tokens.secretariat, body })
      expect(status).toBe(200)
      return (await eventsFor(COLLECTION.commitments, commitment.id)).at(-1)
    }
    // A draft of new changes: the published version stays public. The latest version's
    // `_status` did change (published → draft), so it is listed; the action says what happened.
    const draftSave = await step('?draft=true', { title: uniqueName('Draf') })
    expect(draftSave?.action).toBe('update')
    expect([...(draftSave?.changedFields ?? [])].sort()).toEqual(['_status', 'title'])
    expect((await rest('GET', `/${COLLECTION.commitments}/${commitment.id}`)).status).toBe(200)
    // Unpublishing while that newer draft is the latest version.
    expect(await step('', { _status: 'draft' })).toMatchObject({ action: 'unpublish' })
    expect((await rest('GET', `/${COLLECTION.commitments}/${commitment.id}`)).status).toBe(404)
    expect(await step('', { _status: 'published' })).toMatchObject({ action: 'publish' })
    // Publishing pending changes of a document that is already public is a publication too.
    await step('?draft=true', { title: uniqueName('Perubahan') })
    expect(await step('', { _status: 'published' })).toMatchObject({ action: 'publish', changedFields: ['_status'] })
    expect(await step('', { role: 'catalyst' })).toMatchObject({ action: 'update', changedFields: ['role'] })

    const actions = (await eventsFor(COLLECTION.commitments, commitment.id)).map((event) => event.action)
    expect(actions).toEqual(['create', 'update', 'unpublish', 'publish', 'update', 'publish', 'update'])
  })

  it('should record work done without a person (seeding, internal jobs) with no actor', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const [event] = await eventsFor(COLLECTION.commitments, commitment.id)
    expect(event).toMatchObject({ action: 'create', actor: null, organization: null })
  })

  it('should write the event in the change’s own transaction, so a rolled-back change leaves no event', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const before = await eventsFor(COLLECTION.commitments, commitment.id)
    const req = await createLocalReq({ user: { ...users.admin, collection: COLLECTION.users } }, payload)
    await initTransaction(req)
    await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: { role: 'partner' }, req })
    const inside = await payload.find({
      collection: COLLECTION.auditEvents,
      where: { documentId: { equals: String(commitment.id) }, collectionSlug: { equals: COLLECTION.commitments } },
      req,
    })
    expect(inside.totalDocs).toBe(before.length + 1)
    await killTransaction(req)
    expect(await eventsFor(COLLECTION.commitments, commitment.id)).toHaveLength(before.length)
  })
})

describe('autosave', () => {
  it('should fold consecutive autosaves by one person within a minute into one update event', async () => {
    const { json } = await rest('POST', `/${COLLECTION.commitments}?draft=true`, { token: tokens.partner, body: partnerDraftBody() })
    const id = json.doc.id
    const autosave = (token: string, body: Record<string, unknown>) =>
      rest('PATCH', `/${COLLECTION.commitments}/${id}?draft=true&autosave=true`, { token, body })

    expect((await autosave(tokens.partner, { title: uniqueName('Ketik') })).status).toBe(200)
    expect((await autosave(tokens.partner, { indicator: { unit: 'persen' } })).status).toBe(200)
    expect((await autosave(tokens.partner, { title: uniqueName('Ketik lagi') })).status).toBe(200)
    let events = await eventsFor(COLLECTION.commitments, id)
    expect(events.map((event) => event.action)).toEqual(['create', 'update'])
    expect(events[1]).toMatchObject({ autosave: true, actor: users.partner.id })
    expect([...(events[1].changedFields ?? [])].sort()).toEqual(['indicator.unit', 'title'])

    // A save that is not an autosave is its own event, and ends the run of autosaves.
    expect((await rest('PATCH', `/${COLLECTION.commitments}/${id}?draft=true`, { token: tokens.partner, body: { role: 'catalyst' } })).status).toBe(200)
    expect((await autosave(tokens.partner, { title: uniqueName('Setelah simpan') })).status).toBe(200)
    // Another person's autosave is never folded into the partner's.
    expect((await autosave(tokens.secretariat, { title: uniqueName('Sekretariat') })).status).toBe(200)
    events = await eventsFor(COLLECTION.commitments, id)
    expect(events.map((event) => [event.action, event.autosave, event.actor])).toEqual([
      ['create', false, users.partner.id],
      ['update', true, users.partner.id],
      ['update', false, users.partner.id],
      ['update', true, users.partner.id],
      ['update', true, users.secretariat.id],
    ])

    // Older than a minute: the next autosave starts a new event.
    const latest = events.at(-1) as AuditEvent
    await payload.db.updateOne({
      collection: COLLECTION.auditEvents,
      id: latest.id,
      data: { createdAt: new Date(Date.now() - 2 * 60_000).toISOString() },
    })
    expect((await autosave(tokens.secretariat, { title: uniqueName('Nanti') })).status).toBe(200)
    expect(await eventsFor(COLLECTION.commitments, id)).toHaveLength(6)
  })

  it('should never audit the audit log itself', async () => {
    expect(await eventsWhere({ collectionSlug: { equals: COLLECTION.auditEvents } })).toEqual([])
  })
})

describe('logins', () => {
  it('should record a login over REST with the person, their organization and their user id', async () => {
    const before = await eventsWhere({ action: { equals: 'login' }, actor: { equals: users.partner.id } })
    await login(users.partner.email, password)
    const after = await eventsWhere({ action: { equals: 'login' }, actor: { equals: users.partner.id } })
    expect(after).toHaveLength(before.length + 1)
    expect(after.at(-1)).toMatchObject({
      collectionSlug: COLLECTION.users,
      documentId: String(users.partner.id),
      organization: tree.organization.id,
    })
  })

  it('should record a failed login on a known account by its user id, never its email', async () => {
    const target = await createUser({ roles: ['partner'], organization: tree.organization.id })
    const { status } = await rest('POST', `/${COLLECTION.users}/login`, { body: { email: target.email, password: 'salah-sandi' } })
    expect(status).toBe(401)
    const events = await eventsWhere({ action: { equals: 'login-failed' }, documentId: { equals: String(target.id) } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      actor: null,
      organization: null,
      collectionSlug: COLLECTION.users,
      failedLogin: { reason: 'wrong-password', attemptedEmailHash: null },
    })
    expect(JSON.stringify(events[0]).toLowerCase()).not.toContain(target.email.toLowerCase())
  })

  it('should record a failed login over GraphQL (loginUser) as well', async () => {
    const target = await createUser({ roles: ['partner'], organization: tree.organization.id })
    const { json } = await graphql('mutation ($email: String!) { loginUser(email: $email, password: "salah-sandi") { token } }', {
      variables: { email: target.email },
    })
    expect(json.errors?.[0]?.extensions?.statusCode).toBe(401)
    const events = await eventsWhere({ action: { equals: 'login-failed' }, documentId: { equals: String(target.id) } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ actor: null, collectionSlug: COLLECTION.users, failedLogin: { reason: 'wrong-password' } })

    const unknown = `${uniqueName('graphql-tidak-ada')}@example.org`
    await graphql('mutation ($email: String!) { loginUser(email: $email, password: "apa-saja") { token } }', { variables: { email: unknown } })
    const fingerprint = hashAttemptedEmail({ email: unknown, secret: payload.secret })
    expect(await eventsWhere({ 'failedLogin.attemptedEmailHash': { equals: fingerprint } })).toHaveLength(1)
  })

  it('should record one event, not two, for a failed login over REST', async () => {
    const target = await createUser({ roles: ['partner'], organization: tree.organization.id })
    await rest('POST', `/${COLLECTION.users}/login`, { body: { email: target.email, password: 'salah-lagi' } })
    expect(await eventsWhere({ action: { equals: 'login-failed' }, documentId: { equals: String(target.id) } })).toHaveLength(1)
  })

  it('should record a failed login on an unknown email as a keyed fingerprint only', async () => {
    const email = `${uniqueName('tidak-ada')}@Example.org`
    const { status } = await rest('POST', `/${COLLECTION.users}/login`, { body: { email, password: 'apa-saja' } })
    expect(status).toBe(401)
    const fingerprint = hashAttemptedEmail({ email, secret: payload.secret })
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(fingerprint).not.toBe(hashAttemptedEmail({ email: `x${email}`, secret: payload.secret }))
    const events = await eventsWhere({ 'failedLogin.attemptedEmailHash': { equals: fingerprint } })
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'login-failed',
      actor: null,
      documentId: null,
      failedLogin: { reason: 'unknown-account' },
    })
    expect(JSON.stringify(events[0]).toLowerCase()).not.toContain(email.toLowerCase())
  })

  it('should record attempts on a locked account as locked', async () => {
    const target = await createUser({ roles: ['partner'], organization: tree.organization.id })
    const maxLoginAttempts = payload.collections[COLLECTION.users].config.auth.maxLoginAttempts
    expect(maxLoginAttempts).toBeGreaterThan(0)
    for (let attempt = 0; attempt <= maxLoginAttempts; attempt++) {
      await rest('POST', `/${COLLECTION.users}/login`, { body: { email: target.email, password: 'salah-sandi' } })
    }
    const reasons = (await eventsWhere({ action: { equals: 'login-failed' }, documentId: { equals: String(target.id) } })).map(
      (event) => event.failedLogin?.reason,
    )
    expect(reasons).toHaveLength(maxLoginAttempts + 1)
    expect(reasons.at(-1)).toBe('locked')
    expect(reasons[0]).toBe('wrong-password')
  })

  it('should record a login a beforeLogin hook refuses (a deactivated account) as refused', async () => {
    const target = await createUser({ roles: ['partner'], organization: tree.organization.id })
    await payload.update({ collection: COLLECTION.users, id: target.id, data: { isDeactivated: true } })
    const { status } = await rest('POST', `/${COLLECTION.users}/login`, { body: { email: target.email, password } })
    expect(status).toBe(403)
    const events = await eventsWhere({ action: { equals: 'login-failed' }, documentId: { equals: String(target.id) } })
    expect(events.map((event) => event.failedLogin?.reason)).toEqual(['refused'])
    expect(await eventsWhere({ action: { equals: 'login' }, documentId: { equals: String(target.id) } })).toEqual([])
  })

  it('should not count a login request without a password as an attempt on anyone', async () => {
    const email = `${uniqueName('tanpa-sandi')}@example.org`
    expect((await rest('POST', `/${COLLECTION.users}/login`, { body: { email } })).status).toBe(400)
    const fingerprint = hashAttemptedEmail({ email, secret: payload.secret })
    expect(await eventsWhere({ 'failedLogin.attemptedEmailHash': { equals: fingerprint } })).toEqual([])
  })

  it('should record a password change as the path "password", never the hash or salt', async () => {
    const target = await createUser({ roles: ['partner'], organization: tree.organization.id })
    const { status } = await rest('PATCH', `/${COLLECTION.users}/${target.id}`, { token: tokens.admin, body: { password: 'kata-sandi-baru-2025' } })
    expect(status).toBe(200)
    const rename = await rest('PATCH', `/${COLLECTION.users}/${target.id}`, { token: tokens.admin, body: { name: uniqueName('Nama Baru') } })
    expect(rename.status).toBe(200)
    const events = await eventsFor(COLLECTION.users, target.id)
    expect(events.map((event) => event.action)).toEqual(['create', 'update', 'update'])
    expect(events[1].changedFields).toEqual(['password'])
    expect(events[2].changedFields).toEqual(['name'])
    expect(events[0].changedFields).toEqual(expect.arrayContaining(['email', 'password', 'roles']))
    for (const event of events) {
      expect(event.changedFields).not.toEqual(expect.arrayContaining(['hash']))
      expect(event.changedFields).not.toEqual(expect.arrayContaining(['salt']))
    }
  })
})

describe('who may read and write the audit log', () => {
  let event: AuditEvent

  beforeAll(async () => {
    ;[event] = await eventsWhere({ action: { equals: 'login' }, actor: { equals: users.admin.id } })
  })

  it('should let no API create, change or delete an event, not even an admin', async () => {
    expect((await rest('PATCH', `/${COLLECTION.auditEvents}/${event.id}`, { token: tokens.admin, body: { summary: 'dipalsukan' } })).status).toBe(403)
    expect((await rest('DELETE', `/${COLLECTION.auditEvents}/${event.id}`, { token: tokens.admin })).status).toBe(403)
    expect(
      (await rest('POST', `/${COLLECTION.auditEvents}`, { token: tokens.admin, body: { summary: 'palsu', action: 'login', collectionSlug: 'users' } }))
        .status,
    ).toBe(403)

    const update = await graphql(`mutation ($id: ${GRAPHQL_ID}!) { updateAuditEvent(id: $id, data: { summary: "dipalsukan" }) { id summary } }`, {
      token: tokens.admin,
      variables: { id: event.id },
    })
    expect(update.json.data?.updateAuditEvent ?? null).toBeNull()
    expect(JSON.stringify(update.json.errors ?? [])).toContain('"statusCode":403')
    const remove = await graphql(`mutation ($id: ${GRAPHQL_ID}!) { deleteAuditEvent(id: $id) { id } }`, {
      token: tokens.admin,
      variables: { id: event.id },
    })
    expect(remove.json.data?.deleteAuditEvent ?? null).toBeNull()
    expect(JSON.stringify(remove.json.errors ?? [])).toContain('"statusCode":403')

    const asAdmin = { overrideAccess: false, user: { ...users.admin, collection: COLLECTION.users } } as const
    await expect(
      payload.update({ collection: COLLECTION.auditEvents, id: event.id, data: { summary: 'dipalsukan' }, ...asAdmin }),
    ).rejects.toThrow(Forbidden)
    await expect(payload.delete({ collection: COLLECTION.auditEvents, id: event.id, ...asAdmin })).rejects.toThrow(Forbidden)
    await expect(
      payload.create({ collection: COLLECTION.auditEvents, data: { summary: 'palsu', action: 'login', collectionSlug: 'users' }, ...asAdmin }),
    ).rejects.toThrow(Forbidden)

    const unchanged = await payload.findByID({ collection: COLLECTION.auditEvents, id: event.id, depth: 0 })
    expect(unchanged).toMatchObject({ summary: event.summary, updatedAt: event.updatedAt })
  })

  it('should refuse the public and partners, and let the secretariat and admins read', async () => {
    expect((await rest('GET', `/${COLLECTION.auditEvents}`)).status).toBe(403)
    expect((await rest('GET', `/${COLLECTION.auditEvents}`, { token: tokens.partner })).status).toBe(403)
    expect((await rest('GET', `/${COLLECTION.auditEvents}/${event.id}`, { token: tokens.partner })).status).toBe(403)
    const partnerGraph = await graphql('{ AuditEvents { docs { id } } }', { token: tokens.partner })
    expect(partnerGraph.json.data?.AuditEvents ?? null).toBeNull()
    expect(JSON.stringify(partnerGraph.json.errors ?? [])).toContain('"statusCode":403')

    for (const token of [tokens.secretariat, tokens.admin]) {
      const { status, json } = await rest('GET', `/${COLLECTION.auditEvents}/${event.id}?depth=0`, { token })
      expect(status).toBe(200)
      expect(json).toMatchObject({ id: event.id, action: 'login', actor: users.admin.id })
    }
  })
})
