import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import type { User } from '../../src/payload-types'
import { REVIEW_MESSAGE } from '../../src/review/messages'
import { GRAPHQL_ID, graphql, login, rest } from '../helpers/apiClient'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

/**
 * The review workflow through the real APIs: a partner submits ("Kirim untuk ditinjau"), the
 * secretariat sees the queue oldest first with what changed, and approves (publishes) or asks
 * for changes with a comment the partner reads. Progress reports take the same path.
 */

type Who = 'partner' | 'otherPartner' | 'secretariat' | 'admin'
let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let otherTree: Awaited<ReturnType<typeof createRoadmapTree>>
const password = 'kata-sandi-tinjauan-1'
const users = {} as Record<Who, User>
const tokens = {} as Record<Who, string>

const createUser = (roles: User['roles'], organization?: number) =>
  payload.create({
    collection: COLLECTION.users,
    data: { name: uniqueName('Peninjau'), email: `${uniqueName('tinjau')}@example.org`, password, roles, organization },
  })

const submit = (token: string | undefined, documentCollection: string, documentId: number, note?: string) =>
  rest('POST', `/${COLLECTION.reviewRequests}`, { token, body: { documentCollection, documentId: String(documentId), note } })

const decide = (token: string, id: number, body: Record<string, unknown>) =>
  rest('PATCH', `/${COLLECTION.reviewRequests}/${id}`, { token, body })

const publicCommitment = async (id: number) => (await rest('GET', `/${COLLECTION.commitments}/${id}?depth=0`)).json
const storedRequest = (id: number) => payload.findByID({ collection: COLLECTION.reviewRequests, id, depth: 0 })

/** A published commitment of the partner's organization, with a newer draft saved by the partner over REST. */
const publishedWithPartnerDraft = async (changes: Record<string, unknown>) => {
  const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
  const { status } = await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token: tokens.partner, body: changes })
  expect(status).toBe(200)
  return commitment
}

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  otherTree = await createRoadmapTree(payload)
  users.partner = await createUser(['partner'], tree.organization.id)
  users.otherPartner = await createUser(['partner'], otherTree.organization.id)
  users.secretariat = await createUser(['secretariat'])
  users.admin = await createUser(['admin'])
  for (const who of Object.keys(users) as Who[]) tokens[who] = await login(users[who].email, password)
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('submitting for review', () => {
  it('should record who submitted which revision, for the partner’s organization, over REST', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Judul baru') })
    const { status, json } = await submit(tokens.partner, COLLECTION.commitments, commitment.id, 'Mohon ditinjau')
    expect(status).toBe(201)
    expect(json.doc).toMatchObject({
      state: 'submitted',
      documentCollection: COLLECTION.commitments,
      documentId: String(commitment.id),
      note: 'Mohon ditinjau',
    })
    const stored = await storedRequest(json.doc.id)
    expect(stored.organization).toBe(tree.organization.id)
    expect(stored.submittedBy).toBe(users.partner.id)
    expect(Date.parse(String(stored.submittedAt))).toBeGreaterThan(Date.now() - 60_000)
    expect(stored.title).toContain('Komitmen')
    expect(stored.documentRevision).toEqual(expect.any(String))
  })

  it('should ignore a partner’s attempt to set the decision, reviewer or organization when submitting', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Coba') })
    const { status, json } = await rest('POST', `/${COLLECTION.reviewRequests}`, {
      token: tokens.partner,
      body: {
        documentCollection: COLLECTION.commitments,
        documentId: String(commitment.id),
        state: 'approved',
        reviewedBy: users.secretariat.id,
        organization: otherTree.organization.id,
      },
    })
    expect(status).toBe(201)
    const stored = await storedRequest(json.doc.id)
    expect(stored).toMatchObject({ state: 'submitted', reviewedBy: null, organization: tree.organization.id })
    expect((await publicCommitment(commitment.id)).title).toBe(commitment.title)
  })

  it('should refuse another organization’s partner and the public, and keep the queue unchanged', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Bukan milikmu') })
    const before = (await payload.count({ collection: COLLECTION.reviewRequests })).totalDocs
    const other = await submit(tokens.otherPartner, COLLECTION.commitments, commitment.id)
    expect(other.status).toBe(403)
    expect(JSON.stringify(other.json)).toContain(REVIEW_MESSAGE.otherOrganization)
    expect((await submit(undefined, COLLECTION.commitments, commitment.id)).status).toBe(403)
    expect((await payload.count({ collection: COLLECTION.reviewRequests })).totalDocs).toBe(before)
  })

  it('should refuse with 400 a document with nothing unpublished, and 404 one that does not exist', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const nothing = await submit(tokens.partner, COLLECTION.commitments, commitment.id)
    expect(nothing.status).toBe(400)
    expect(JSON.stringify(nothing.json)).toContain(REVIEW_MESSAGE.nothingToReview)
    expect((await submit(tokens.partner, COLLECTION.commitments, 999_999_999)).status).toBe(404)
    const invalid = await rest('POST', `/${COLLECTION.reviewRequests}`, { token: tokens.partner, body: { documentCollection: 'users', documentId: '1' } })
    expect(invalid.status).toBe(400)
  })

  it('should let a partner submit over GraphQL and read the state of its own submissions only', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('GraphQL') })
    const created = await graphql(
      `mutation ($id: String!) { createReviewRequest(data: { documentCollection: commitments, documentId: $id }) { id state } }`,
      { token: tokens.partner, variables: { id: String(commitment.id) } },
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createReviewRequest.state).toBe('submitted')
    const requestId = created.json.data.createReviewRequest.id
    const read = (token?: string) =>
      graphql(`query ($id: ${GRAPHQL_ID}!) { ReviewRequest(id: $id) { id state } }`, { token, variables: { id: requestId } })
    expect((await read(tokens.partner)).json.data.ReviewRequest).toMatchObject({ id: requestId, state: 'submitted' })
    expect((await read(tokens.otherPartner)).json.data?.ReviewRequest ?? null).toBeNull()
    expect((await read()).json.data?.ReviewRequest ?? null).toBeNull()
    const list = await graphql('{ ReviewRequests(limit: 200) { totalDocs docs { organization { id } } } }', { token: tokens.otherPartner })
    for (const doc of list.json.data.ReviewRequests.docs) expect(doc.organization?.id ?? otherTree.organization.id).toBe(otherTree.organization.id)
  })
})

describe('the secretariat’s queue', () => {
  it('should list pending submissions of all organizations, oldest first', async () => {
    const first = await publishedWithPartnerDraft({ title: uniqueName('Pertama') })
    const firstRequest = (await submit(tokens.partner, COLLECTION.commitments, first.id)).json.doc
    const otherCommitment = await createCommitment(payload, { organization: otherTree.organization.id, section: otherTree.intervention.id })
    await rest('PATCH', `/${COLLECTION.commitments}/${otherCommitment.id}?draft=true`, { token: tokens.otherPartner, body: { title: uniqueName('Kedua') } })
    const secondRequest = (await submit(tokens.otherPartner, COLLECTION.commitments, otherCommitment.id)).json.doc

    const { status, json } = await rest('GET', `/${COLLECTION.reviewRequests}?where[state][equals]=submitted&limit=1000&depth=0`, {
      token: tokens.secretariat,
    })
    expect(status).toBe(200)
    const ids = json.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(firstRequest.id)
    expect(ids.indexOf(firstRequest.id)).toBeLessThan(ids.indexOf(secondRequest.id))
    const times = json.docs.map((doc: { submittedAt: string }) => Date.parse(doc.submittedAt))
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    expect(new Set(json.docs.map((doc: { organization: number }) => doc.organization))).toEqual(
      expect.objectContaining({ size: expect.any(Number) }),
    )
    expect(json.docs.map((doc: { organization: number }) => doc.organization)).toEqual(
      expect.arrayContaining([tree.organization.id, otherTree.organization.id]),
    )
  })

  it('should show what changed against the last published version, to the reviewer and the submitting partner only', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Judul diperbarui'), indicator: { target: 75 } })
    const request = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc
    const { status, json } = await rest('GET', `/${COLLECTION.reviewRequests}/${request.id}/changes`, { token: tokens.secretariat })
    expect(status).toBe(200)
    expect(json.comparedWith.kind).toBe('published-version')
    expect(json.changedSinceSubmission).toBe(false)
    const byPath = Object.fromEntries(json.changes.map((change: { path: string }) => [change.path, change]))
    expect(byPath['title.id']).toMatchObject({ before: commitment.title, label: { id: 'Judul (ID)' } })
    expect(byPath['title.id'].after).toContain('Judul diperbarui')
    expect(byPath['indicator.target']).toMatchObject({ before: '', after: '75', label: { id: 'Indikator › Target' } })
    expect(byPath.status).toBeUndefined()

    expect((await rest('GET', `/${COLLECTION.reviewRequests}/${request.id}/changes`, { token: tokens.partner })).status).toBe(200)
    expect([403, 404]).toContain((await rest('GET', `/${COLLECTION.reviewRequests}/${request.id}/changes`, { token: tokens.otherPartner })).status)
    expect([403, 404]).toContain((await rest('GET', `/${COLLECTION.reviewRequests}/${request.id}/changes`)).status)
  })
})

describe('deciding', () => {
  it('should publish the submitted draft when the secretariat approves, and record who and when', async () => {
    const newTitle = uniqueName('Disetujui')
    const commitment = await publishedWithPartnerDraft({ title: newTitle })
    expect((await publicCommitment(commitment.id)).title).toBe(commitment.title)
    const request = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc

    const { status, json } = await decide(tokens.secretariat, request.id, { state: 'approved', reviewComment: 'Terima kasih' })
    expect(status).toBe(200)
    expect(json.doc.state).toBe('approved')
    expect((await publicCommitment(commitment.id)).title).toBe(newTitle)
    const stored = await storedRequest(request.id)
    expect(stored).toMatchObject({ state: 'approved', reviewedBy: users.secretariat.id, reviewComment: 'Terima kasih' })
    expect(Date.parse(String(stored.reviewedAt))).toBeGreaterThanOrEqual(Date.parse(String(stored.submittedAt)))

    const { docs: events } = await payload.find({
      collection: COLLECTION.auditEvents,
      where: { and: [{ collectionSlug: { equals: COLLECTION.commitments } }, { documentId: { equals: String(commitment.id) } }] },
      sort: '-createdAt',
      depth: 0,
    })
    expect(events[0]).toMatchObject({ action: 'publish', actor: users.secretariat.id })
    const { docs: decisions } = await payload.find({
      collection: COLLECTION.auditEvents,
      where: { and: [{ collectionSlug: { equals: COLLECTION.reviewRequests } }, { documentId: { equals: String(request.id) } }] },
      sort: 'createdAt',
      depth: 0,
    })
    expect(decisions.map((event) => [event.action, event.actor])).toEqual([
      ['create', users.partner.id],
      ['update', users.secretariat.id],
    ])
  })

  it('should require a comment to request changes, and show it to the partner while nothing is published', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Perlu perbaikan') })
    const request = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc

    const noComment = await decide(tokens.secretariat, request.id, { state: 'changes-requested' })
    expect(noComment.status).toBe(400)
    expect(JSON.stringify(noComment.json)).toContain(REVIEW_MESSAGE.commentRequired)
    expect((await storedRequest(request.id)).state).toBe('submitted')

    const comment = 'Lengkapi indikator dan target tahunan.'
    expect((await decide(tokens.secretariat, request.id, { state: 'changes-requested', reviewComment: comment })).status).toBe(200)
    const seen = await graphql(`query ($id: ${GRAPHQL_ID}!) { ReviewRequest(id: $id) { state reviewComment reviewedAt } }`, {
      token: tokens.partner,
      variables: { id: request.id },
    })
    expect(seen.json.data.ReviewRequest).toMatchObject({ state: 'changes_requested', reviewComment: comment })
    expect((await publicCommitment(commitment.id)).title).toBe(commitment.title)

    const again = await decide(tokens.secretariat, request.id, { state: 'approved' })
    expect(again.status).toBe(400)
    expect(again.json.errors[0].data.errors[0]).toEqual({ path: 'state', message: REVIEW_MESSAGE.onlySubmittedCanBeDecided })
    expect((await publicCommitment(commitment.id)).title).toBe(commitment.title)
  })

  it('should refuse partners’ decisions on every API and change nothing', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Mitra menyetujui?') })
    const request = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc
    expect((await decide(tokens.partner, request.id, { state: 'approved' })).status).toBe(403)
    const viaGraphQL = await graphql(
      `mutation ($id: ${GRAPHQL_ID}!) { updateReviewRequest(id: $id, data: { state: approved }) { id } }`,
      { token: tokens.partner, variables: { id: request.id } },
    )
    expect(viaGraphQL.json.errors?.[0]?.extensions?.statusCode).toBe(403)
    await expect(
      payload.update({
        collection: COLLECTION.reviewRequests,
        id: request.id,
        data: { state: 'approved' },
        overrideAccess: false,
        user: { ...users.partner, collection: COLLECTION.users },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await storedRequest(request.id)).state).toBe('submitted')
    expect((await publicCommitment(commitment.id)).title).toBe(commitment.title)
  })

  it('should refuse with 409 to approve a draft edited after it was submitted, and accept the resubmission', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Diajukan') })
    const first = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc
    const laterTitle = uniqueName('Diubah sesudahnya')
    await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}?draft=true`, { token: tokens.partner, body: { title: laterTitle } })

    const stale = await decide(tokens.secretariat, first.id, { state: 'approved' })
    expect(stale.status).toBe(409)
    expect(JSON.stringify(stale.json)).toContain(REVIEW_MESSAGE.changedSinceSubmission)
    expect((await storedRequest(first.id)).state).toBe('submitted')
    expect((await publicCommitment(commitment.id)).title).toBe(commitment.title)
    const changes = await rest('GET', `/${COLLECTION.reviewRequests}/${first.id}/changes`, { token: tokens.secretariat })
    expect(changes.json.changedSinceSubmission).toBe(true)

    const second = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc
    expect(await storedRequest(first.id)).toMatchObject({ state: 'withdrawn', reviewComment: REVIEW_MESSAGE.withdrawnBySubmission })
    expect((await decide(tokens.secretariat, second.id, { state: 'approved' })).status).toBe(200)
    expect((await publicCommitment(commitment.id)).title).toBe(laterTitle)
  })

  it('should take a milestone through the Local API for people, and roll the approved status up into progress', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const milestone = await createMilestone(payload, { commitment: commitment.id, status: 'planned' })
    const partner = { ...users.partner, collection: COLLECTION.users }
    const secretariat = { ...users.secretariat, collection: COLLECTION.users }
    await payload.update({ collection: COLLECTION.milestones, id: milestone.id, data: { status: 'done' }, draft: true, overrideAccess: false, user: partner })
    const request = await payload.create({
      collection: COLLECTION.reviewRequests,
      data: { documentCollection: COLLECTION.milestones, documentId: String(milestone.id) } as never,
      overrideAccess: false,
      user: partner,
    })
    expect((await payload.findByID({ collection: COLLECTION.commitments, id: commitment.id })).progress).toBe(0)
    await payload.update({ collection: COLLECTION.reviewRequests, id: request.id, data: { state: 'approved' }, overrideAccess: false, user: secretariat })
    expect((await payload.findByID({ collection: COLLECTION.milestones, id: milestone.id })).status).toBe('done')
    expect((await payload.findByID({ collection: COLLECTION.commitments, id: commitment.id })).progress).toBe(100)
  })

  it('should close an open submission when the secretariat publishes the document directly, and withdraw it when the draft is trashed', async () => {
    const commitment = await publishedWithPartnerDraft({ title: uniqueName('Langsung') })
    const request = (await submit(tokens.partner, COLLECTION.commitments, commitment.id)).json.doc
    expect((await rest('PATCH', `/${COLLECTION.commitments}/${commitment.id}`, { token: tokens.secretariat, body: { _status: 'published' } })).status).toBe(200)
    expect(await storedRequest(request.id)).toMatchObject({ state: 'approved', reviewedBy: users.secretariat.id, reviewComment: REVIEW_MESSAGE.decidedOutsideReview })

    const draft = await rest('POST', `/${COLLECTION.commitments}?draft=true`, {
      token: tokens.partner,
      body: { title: uniqueName('Draf dibuang'), section: tree.intervention.id, role: 'implementer' },
    })
    const draftRequest = (await submit(tokens.partner, COLLECTION.commitments, draft.json.doc.id)).json.doc
    expect(draftRequest.state).toBe('submitted')
    const trashed = await rest('PATCH', `/${COLLECTION.commitments}/${draft.json.doc.id}?draft=true`, {
      token: tokens.partner,
      body: { deletedAt: new Date().toISOString() },
    })
    expect(trashed.status).toBe(200)
    expect(await storedRequest(draftRequest.id)).toMatchObject({ state: 'withdrawn', reviewComment: REVIEW_MESSAGE.withdrawnByTrash })
    expect((await submit(tokens.partner, COLLECTION.commitments, draft.json.doc.id)).status).toBe(400)
  })
})

describe('progress reports: submitted → changes requested → approved', () => {
  it('should queue a partner’s report, send it back with a comment, resubmit it on edit, then publish it on approval', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const created = await rest('POST', `/${COLLECTION.progressReports}`, {
      token: tokens.partner,
      body: {
        commitment: commitment.id,
        periodStart: '2026-01-01T00:00:00.000Z',
        periodEnd: '2026-06-30T00:00:00.000Z',
        periodLabel: uniqueName('Semester 1'),
        indicatorValue: 10,
      },
    })
    expect(created.status).toBe(201)
    const reportId = created.json.doc.id
    const submissionsOf = async () =>
      (
        await payload.find({
          collection: COLLECTION.reviewRequests,
          where: { and: [{ documentCollection: { equals: COLLECTION.progressReports } }, { documentId: { equals: String(reportId) } }] },
          sort: 'createdAt',
          depth: 0,
        })
      ).docs
    const [first] = await submissionsOf()
    expect(first).toMatchObject({ state: 'submitted', submittedBy: users.partner.id, organization: tree.organization.id })

    const sentBack = await graphql(
      `mutation ($id: ${GRAPHQL_ID}!) { updateReviewRequest(id: $id, data: { state: changes_requested, reviewComment: "Lampirkan bukti." }) { state } }`,
      { token: tokens.secretariat, variables: { id: first.id } },
    )
    expect(sentBack.json.errors).toBeUndefined()
    const report = () => payload.findByID({ collection: COLLECTION.progressReports, id: reportId, depth: 0 })
    expect((await report()).reviewStatus).toBe('changes-requested')
    expect((await rest('GET', `/${COLLECTION.progressReports}/${reportId}`)).status).toBe(404)

    expect((await rest('PATCH', `/${COLLECTION.progressReports}/${reportId}`, { token: tokens.partner, body: { indicatorValue: 12 } })).status).toBe(200)
    expect((await report()).reviewStatus).toBe('submitted')
    const history = await submissionsOf()
    expect(history.map((submission) => submission.state)).toEqual(['changes-requested', 'submitted'])
    const second = history[1]

    const changes = await rest('GET', `/${COLLECTION.reviewRequests}/${second.id}/changes`, { token: tokens.secretariat })
    expect(changes.json.hasVersions).toBe(false)
    expect(changes.json.changes).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'indicatorValue', after: '12' })]))

    expect((await decide(tokens.secretariat, second.id, { state: 'approved' })).status).toBe(200)
    expect((await report()).reviewStatus).toBe('approved')
    const publicRead = await rest('GET', `/${COLLECTION.progressReports}/${reportId}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.json.indicatorValue).toBe(12)
    expect((await rest('PATCH', `/${COLLECTION.progressReports}/${reportId}`, { token: tokens.partner, body: { indicatorValue: 1 } })).status).toBe(403)
  })

  it('should keep a report’s place in the queue while the partner edits it before review', async () => {
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const created = await rest('POST', `/${COLLECTION.progressReports}`, {
      token: tokens.partner,
      body: { commitment: commitment.id, periodStart: '2026-01-01T00:00:00.000Z', periodEnd: '2026-06-30T00:00:00.000Z', periodLabel: uniqueName('S1') },
    })
    const reportId = created.json.doc.id
    const find = async () =>
      (
        await payload.find({
          collection: COLLECTION.reviewRequests,
          where: { and: [{ documentCollection: { equals: COLLECTION.progressReports } }, { documentId: { equals: String(reportId) } }] },
          depth: 0,
        })
      ).docs
    const [before] = await find()
    await rest('PATCH', `/${COLLECTION.progressReports}/${reportId}`, { token: tokens.partner, body: { indicatorValue: 3 } })
    const after = await find()
    expect(after).toHaveLength(1)
    expect(after[0].submittedAt).toBe(before.submittedAt)
    expect(after[0].documentRevision).not.toBe(before.documentRevision)
    expect((await decide(tokens.secretariat, after[0].id, { state: 'approved' })).status).toBe(200)
  })
})
