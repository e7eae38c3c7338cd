import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { GRAPHQL_ID, graphql } from '../helpers/apiClient'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload, uniqueName } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closeTestPayload(payload)
})

const progressOf = async (collection: 'commitments' | 'roadmap-sections' | 'roadmaps', id: number | string) =>
  (await payload.findByID({ collection, id, depth: 0 })).progress

describe('progress roll-up through hooks', () => {
  it('should roll published milestones up to commitment, every section level and the roadmap', async () => {
    const tree = await createRoadmapTree(payload)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(0)

    await createMilestone(payload, { commitment: commitment.id, status: 'done', weight: 3 })
    const pending = await createMilestone(payload, { commitment: commitment.id, status: 'planned', weight: 1 })

    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(75)
    for (const section of [tree.intervention, tree.focus, tree.strategy, tree.direction]) {
      expect(await progressOf(COLLECTION.roadmapSections, section.id)).toBe(75)
    }
    expect(await progressOf(COLLECTION.roadmaps, tree.roadmap.id)).toBe(75)

    await payload.update({ collection: COLLECTION.milestones, id: pending.id, data: { status: 'done', _status: 'published' } })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(100)
    expect(await progressOf(COLLECTION.roadmaps, tree.roadmap.id)).toBe(100)

    await payload.delete({ collection: COLLECTION.milestones, id: pending.id })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(100)
  })

  it('should average sibling commitments and move progress when a commitment changes section', async () => {
    const tree = await createRoadmapTree(payload)
    const secondIntervention = await payload.create({
      collection: COLLECTION.roadmapSections,
      data: { roadmap: tree.roadmap.id, kind: 'intervention', code: '1.1.1.2', parent: tree.focus.id, title: 'Kedua', _status: 'published' },
    })
    const finished = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await createMilestone(payload, { commitment: finished.id, status: 'done' })
    const idle = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await createMilestone(payload, { commitment: idle.id, status: 'planned' })

    expect(await progressOf(COLLECTION.roadmapSections, tree.intervention.id)).toBe(50)

    await payload.update({
      collection: COLLECTION.commitments,
      id: idle.id,
      data: { section: secondIntervention.id, _status: 'published' },
    })
    expect(await progressOf(COLLECTION.roadmapSections, tree.intervention.id)).toBe(100)
    expect(await progressOf(COLLECTION.roadmapSections, secondIntervention.id)).toBe(0)
    expect(await progressOf(COLLECTION.roadmapSections, tree.focus.id)).toBe(50)
  })

  it('should not count draft milestones or draft commitments toward public progress', async () => {
    const tree = await createRoadmapTree(payload)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await createMilestone(payload, { commitment: commitment.id, status: 'planned' })
    const draftMilestone = await createMilestone(payload, { commitment: commitment.id, status: 'done', isPublished: false })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(0)

    // A published milestone edited as a draft keeps counting with its published values.
    const published = await createMilestone(payload, { commitment: commitment.id, status: 'planned' })
    await payload.update({ collection: COLLECTION.milestones, id: published.id, data: { status: 'done' }, draft: true })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(0)

    const draftCommitment = await createCommitment(payload, {
      organization: tree.organization.id,
      section: tree.intervention.id,
      status: 'completed',
      isPublished: false,
    })
    expect(await progressOf(COLLECTION.roadmapSections, tree.intervention.id)).toBe(0)

    // Publishing is what makes them count.
    await payload.update({ collection: COLLECTION.milestones, id: draftMilestone.id, data: { _status: 'published' } })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(33.3)
    await payload.update({ collection: COLLECTION.commitments, id: draftCommitment.id, data: { _status: 'published' } })
    expect(await progressOf(COLLECTION.roadmapSections, tree.intervention.id)).toBe(66.7)

    // The public API shows the published figure, not a draft's.
    const { json } = await graphql(`query ($id: ${GRAPHQL_ID}!) { Commitment(id: $id) { progress } }`, {
      variables: { id: commitment.id },
    })
    expect(json.data.Commitment.progress).toBe(33.3)
  })

  it('should drop a trashed commitment from its section’s progress', async () => {
    const tree = await createRoadmapTree(payload)
    const done = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await createMilestone(payload, { commitment: done.id, status: 'done' })
    const notDone = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await createMilestone(payload, { commitment: notDone.id, status: 'planned' })
    expect(await progressOf(COLLECTION.roadmapSections, tree.intervention.id)).toBe(50)

    await payload.update({
      collection: COLLECTION.commitments,
      id: notDone.id,
      data: { deletedAt: new Date().toISOString() },
    })
    expect(await progressOf(COLLECTION.roadmapSections, tree.intervention.id)).toBe(100)
  })

  it('should refuse progress written through the API', async () => {
    const tree = await createRoadmapTree(payload)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const admin = await payload.create({
      collection: COLLECTION.users,
      data: { email: `${uniqueName('admin')}@example.org`, password: 'kata-sandi-uji-123', name: 'Admin Uji', roles: ['admin'] },
    })
    await payload.update({
      collection: COLLECTION.commitments,
      id: commitment.id,
      data: { progress: 99, _status: 'published' },
      overrideAccess: false,
      user: { ...admin, collection: COLLECTION.users },
    })
    expect(await progressOf(COLLECTION.commitments, commitment.id)).toBe(0)
  })
})
