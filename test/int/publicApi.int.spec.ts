import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { GRAPHQL_ID, graphql, rest } from '../helpers/apiClient'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload } from '../helpers/payload'

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
let published: Awaited<ReturnType<typeof createCommitment>>
let draft: Awaited<ReturnType<typeof createCommitment>>

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  published = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
  draft = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id, isPublished: false })
  await createMilestone(payload, { commitment: published.id, status: 'done', isPublished: false })
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('what the anonymous public can read', () => {
  it('should list published commitments only, over REST and GraphQL', async () => {
    const { status, json } = await rest('GET', `/${COLLECTION.commitments}?where[organization][equals]=${tree.organization.id}&limit=50`)
    expect(status).toBe(200)
    const ids = json.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
    expect(json.totalDocs).toBe(1)

    const graph = await graphql(`query ($org: JSON) { Commitments(where: { organization: { equals: $org } }) { totalDocs docs { id } } }`, {
      variables: { org: tree.organization.id },
    })
    expect(graph.json.data.Commitments.totalDocs).toBe(1)
  })

  it('should not reveal a draft by id, even when asking for drafts', async () => {
    expect((await rest('GET', `/${COLLECTION.commitments}/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', `/${COLLECTION.commitments}/${draft.id}?draft=true`)).status).toBe(404)
    const graph = await graphql(`query ($id: ${GRAPHQL_ID}!) { Commitment(id: $id, draft: true) { id title } }`, { variables: { id: draft.id } })
    expect(graph.json.data?.Commitment ?? null).toBeNull()
  })

  it('should never show internal notes', async () => {
    const { json } = await rest('GET', `/${COLLECTION.commitments}/${published.id}`)
    expect(json.title).toBe(published.title)
    expect(json).not.toHaveProperty('internalNotes')
    const graph = await graphql(`query ($id: ${GRAPHQL_ID}!) { Commitment(id: $id) { internalNotes } }`, { variables: { id: published.id } })
    expect(graph.json.data.Commitment.internalNotes).toBeNull()
  })

  it('should not list draft milestones', async () => {
    const { json } = await rest('GET', `/${COLLECTION.milestones}?where[commitment][equals]=${published.id}`)
    expect(json.totalDocs).toBe(0)
  })

  it('should refuse user records and version history', async () => {
    expect((await rest('GET', `/${COLLECTION.users}`)).status).toBe(403)
    expect((await rest('GET', `/${COLLECTION.commitments}/versions`)).status).toBe(403)
    const graph = await graphql('{ Users { docs { email } } }')
    expect(graph.json.data?.Users ?? null).toBeNull()
    expect(JSON.stringify(graph.json.errors ?? [])).toContain('"statusCode":403')
  })
})
