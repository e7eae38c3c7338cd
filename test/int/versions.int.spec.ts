import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { createCommitment, createMilestone, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('version history', () => {
  it('should keep every version, past the 100 Payload would otherwise prune to', async () => {
    const tree = await createRoadmapTree(payload)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    const milestone = await createMilestone(payload, { commitment: commitment.id, status: 'planned' })
    for (let edit = 1; edit <= 105; edit++) {
      await payload.update({
        collection: COLLECTION.milestones,
        id: milestone.id,
        data: { title: `Tonggak versi ${edit}` },
        draft: true,
        context: { skipProgressRollup: true },
      })
    }
    const { totalDocs } = await payload.countVersions({
      collection: COLLECTION.milestones,
      where: { parent: { equals: milestone.id } },
    })
    expect(totalDocs).toBe(106)
  })

  it('should move trashed documents out of lists and bring them back on restore', async () => {
    const tree = await createRoadmapTree(payload)
    const commitment = await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })
    await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: { deletedAt: new Date().toISOString() } })
    const visible = await payload.find({ collection: COLLECTION.commitments, where: { id: { equals: commitment.id } } })
    expect(visible.totalDocs).toBe(0)
    const trashed = await payload.find({ collection: COLLECTION.commitments, where: { id: { equals: commitment.id } }, trash: true })
    expect(trashed.docs[0]?.deletedAt).toEqual(expect.any(String))

    await payload.update({ collection: COLLECTION.commitments, id: commitment.id, data: { deletedAt: null }, trash: true })
    const restored = await payload.find({ collection: COLLECTION.commitments, where: { id: { equals: commitment.id } } })
    expect(restored.totalDocs).toBe(1)
  })
})
