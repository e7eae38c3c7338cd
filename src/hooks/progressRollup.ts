import type { Payload, PayloadRequest } from 'payload'

import { COLLECTION } from '../constants'
import { averageProgress, computeCommitmentProgress, rollUpRoadmap } from '../domain/progress'
import type { MilestoneForProgress } from '../domain/progress'
import type { DocumentId } from '../utilities/idOf'
import { idOf } from '../utilities/idOf'

/**
 * Keeps stored progress in step with published data. The arithmetic lives in
 * src/domain/progress.ts; this module only reads published rows and writes results.
 *
 * Results are written with the database adapter directly: the computed value is not an
 * editorial change, so it must neither create a version nor publish someone's draft.
 */


type RollupArgs = { payload: Payload; req?: PayloadRequest }

const PUBLISHED = { _status: { equals: 'published' } } as const


const writeProgress = async ({
  payload,
  req,
  collection,
  id,
  current,
  progress,
}: RollupArgs & {
  collection: typeof COLLECTION.commitments | typeof COLLECTION.roadmapSections | typeof COLLECTION.roadmaps
  id: DocumentId
  current: number | null | undefined
  progress: number | null
}) => {
  if ((current ?? null) === progress) return
  await payload.db.updateOne({ collection, id, data: { progress }, req, returning: false })
}

export const refreshRoadmapProgress = async ({ payload, req, roadmapId }: RollupArgs & { roadmapId: DocumentId }) => {
  const roadmap = await payload.findByID({
    collection: COLLECTION.roadmaps,
    id: roadmapId,
    depth: 0,
    req,
    disableErrors: true,
    select: { progress: true },
  })
  if (!roadmap) return
  const { docs: topSections } = await payload.find({
    collection: COLLECTION.roadmapSections,
    where: { and: [PUBLISHED, { roadmap: { equals: roadmapId } }, { parent: { exists: false } }] },
    pagination: false,
    depth: 0,
    req,
    select: { progress: true },
  })
  const progress = averageProgress(topSections.map((section) => section.progress))
  await writeProgress({ payload, req, collection: COLLECTION.roadmaps, id: roadmapId, current: roadmap.progress, progress })
}

/** Recomputes one section from its published children, then walks up to the roadmap. */
export const refreshSectionBranch = async ({ payload, req, sectionId }: RollupArgs & { sectionId: DocumentId }) => {
  let currentId: DocumentId | null = sectionId
  let roadmapId: DocumentId | null = null
  const visited = new Set<string>()
  while (currentId !== null && !visited.has(String(currentId))) {
    visited.add(String(currentId))
    const section = await payload.findByID({
      collection: COLLECTION.roadmapSections,
      id: currentId,
      depth: 0,
      req,
      disableErrors: true,
      select: { progress: true, parent: true, roadmap: true },
    })
    if (!section) return
    // One after the other: inside a transaction both queries share one connection.
    const { docs: childSections } = await payload.find({
      collection: COLLECTION.roadmapSections,
      where: { and: [PUBLISHED, { parent: { equals: currentId } }] },
      pagination: false,
      depth: 0,
      req,
      select: { progress: true },
    })
    const { docs: commitments } = await payload.find({
      collection: COLLECTION.commitments,
      where: { and: [PUBLISHED, { section: { equals: currentId } }] },
      pagination: false,
      depth: 0,
      req,
      select: { progress: true },
    })
    const progress = averageProgress([
      ...childSections.map((child) => child.progress),
      ...commitments.map((commitment) => commitment.progress ?? 0),
    ])
    await writeProgress({
      payload,
      req,
      collection: COLLECTION.roadmapSections,
      id: currentId,
      current: section.progress,
      progress,
    })
    roadmapId = idOf(section.roadmap)
    currentId = idOf(section.parent)
  }
  if (roadmapId !== null) {
    await refreshRoadmapProgress({ payload, req, roadmapId })
  }
}

/** Recomputes a commitment from its published milestones, then its section branch. */
export const refreshCommitmentProgress = async ({
  payload,
  req,
  commitmentId,
  alsoRefreshSectionIds = [],
}: RollupArgs & { commitmentId: DocumentId; alsoRefreshSectionIds?: DocumentId[] }) => {
  const commitment = await payload.findByID({
    collection: COLLECTION.commitments,
    id: commitmentId,
    depth: 0,
    req,
    disableErrors: true,
    select: { progress: true, status: true, section: true },
  })
  const sectionIds = new Map<string, DocumentId>(alsoRefreshSectionIds.map((id) => [String(id), id]))
  const refreshBranches = async () => {
    for (const sectionId of sectionIds.values()) {
      await refreshSectionBranch({ payload, req, sectionId })
    }
  }
  if (!commitment) {
    await refreshBranches()
    return
  }
  const { docs: milestones } = await payload.find({
    collection: COLLECTION.milestones,
    where: { and: [PUBLISHED, { commitment: { equals: commitmentId } }] },
    pagination: false,
    depth: 0,
    req,
    select: { status: true, weight: true },
  })
  const progress = computeCommitmentProgress({
    commitment,
    milestones: milestones as MilestoneForProgress[],
  })
  await writeProgress({
    payload,
    req,
    collection: COLLECTION.commitments,
    id: commitmentId,
    current: commitment.progress,
    progress,
  })
  const sectionId = idOf(commitment.section)
  if (sectionId !== null) sectionIds.set(String(sectionId), sectionId)
  await refreshBranches()
}

/** Recomputes every commitment, section and roadmap from scratch: after seeding, or to repair. */
export const recomputeAllProgress = async ({ payload, req }: RollupArgs) => {
  const { docs: commitments } = await payload.find({
    collection: COLLECTION.commitments,
    pagination: false,
    depth: 0,
    req,
    select: { progress: true, status: true, section: true, _status: true },
  })
  const { docs: milestones } = await payload.find({
    collection: COLLECTION.milestones,
    where: PUBLISHED,
    pagination: false,
    depth: 0,
    req,
    select: { status: true, weight: true, commitment: true },
  })
  const milestonesByCommitment = new Map<string, MilestoneForProgress[]>()
  for (const milestone of milestones) {
    const key = String(idOf(milestone.commitment))
    const list = milestonesByCommitment.get(key) ?? []
    list.push(milestone as MilestoneForProgress)
    milestonesByCommitment.set(key, list)
  }
  const publishedLeaves: { section: DocumentId; progress: number }[] = []
  for (const commitment of commitments) {
    const progress = computeCommitmentProgress({
      commitment,
      milestones: milestonesByCommitment.get(String(commitment.id)) ?? [],
    })
    await writeProgress({
      payload,
      req,
      collection: COLLECTION.commitments,
      id: commitment.id,
      current: commitment.progress,
      progress,
    })
    const sectionId = idOf(commitment.section)
    if (commitment._status === 'published' && sectionId !== null) {
      publishedLeaves.push({ section: sectionId, progress })
    }
  }

  const { docs: roadmaps } = await payload.find({
    collection: COLLECTION.roadmaps,
    pagination: false,
    depth: 0,
    req,
    select: { progress: true },
  })
  for (const roadmap of roadmaps) {
    const { docs: sections } = await payload.find({
      collection: COLLECTION.roadmapSections,
      where: { and: [PUBLISHED, { roadmap: { equals: roadmap.id } }] },
      pagination: false,
      depth: 0,
      req,
      select: { progress: true, parent: true },
    })
    const { sectionProgress, roadmapProgress } = rollUpRoadmap({
      sections: sections.map((section) => ({ id: section.id, parent: idOf(section.parent) })),
      commitments: publishedLeaves,
    })
    for (const section of sections) {
      await writeProgress({
        payload,
        req,
        collection: COLLECTION.roadmapSections,
        id: section.id,
        current: section.progress,
        progress: sectionProgress.get(section.id) ?? null,
      })
    }
    await writeProgress({
      payload,
      req,
      collection: COLLECTION.roadmaps,
      id: roadmap.id,
      current: roadmap.progress,
      progress: roadmapProgress,
    })
  }
}
