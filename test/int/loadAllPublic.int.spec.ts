import type { Payload } from 'payload'

import { COLLECTION } from '../../src/constants'
import { loadAllPublic } from '../../src/site/exports/load'
import { createCommitment, createRoadmapTree } from '../helpers/fixtures'
import { closeTestPayload, getTestPayload } from '../helpers/payload'

/**
 * Downloads, the sitemap and /status read whole collections as the public, in batches that
 * each start after the last id of the one before (never Payload's `page`, whose cost grows
 * with the page number). Small batches here, so several are needed.
 */

let payload: Payload
let tree: Awaited<ReturnType<typeof createRoadmapTree>>
const publishedIds: number[] = []
let draftId: number

beforeAll(async () => {
  payload = await getTestPayload()
  tree = await createRoadmapTree(payload)
  for (let index = 0; index < 5; index += 1) {
    publishedIds.push((await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id })).id)
  }
  draftId = (await createCommitment(payload, { organization: tree.organization.id, section: tree.intervention.id, isPublished: false })).id
})

afterAll(async () => {
  await closeTestPayload(payload)
})

describe('loadAllPublic', () => {
  it('should read every public record once, in id order, across batches, and nothing unpublished', async () => {
    const where = `{ organization: { equals: ${tree.organization.id} } }`
    const records = await loadAllPublic<{ id: number; slug: string }>({ lang: 'id', root: 'Commitments', fields: 'slug', where, batchSize: 2 })
    expect(records.map((record) => record.id)).toEqual(publishedIds)
    expect(records.every((record) => typeof record.slug === 'string')).toBe(true)
    expect(records.map((record) => record.id)).not.toContain(draftId)
  })

  it('should read a whole collection without a filter as the API counts it', async () => {
    const records = await loadAllPublic<{ id: number }>({ lang: 'en', root: 'Commitments', fields: 'id', batchSize: 3 })
    const { totalDocs } = await payload.count({ collection: COLLECTION.commitments, where: { _status: { equals: 'published' } } })
    expect(records).toHaveLength(totalDocs)
    expect(new Set(records.map((record) => record.id)).size).toBe(totalDocs)
    expect(records.map((record) => record.id)).toEqual([...records.map((record) => record.id)].sort((a, b) => a - b))
  })
})
