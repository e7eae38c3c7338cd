import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CONTEXT } from '../../../src/constants'
import { refreshRoadmapProgress, refreshSectionBranch } from '../../../src/hooks/progressRollup'
import type { DocumentId } from '../../../src/utilities/idOf'
import { idOf } from '../../../src/utilities/idOf'



/** A section's own edit does not change its progress, but its parent's (and the roadmap's) may. */
export const rollUpSectionProgress: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context[CONTEXT.skipProgressRollup]) return doc
  const touchesPublished = doc._status === 'published' || previousDoc?._status === 'published'
  if (!touchesPublished) return doc
  const parentIds = new Map<string, DocumentId>()
  for (const parentId of [idOf(doc.parent), idOf(previousDoc?.parent)]) {
    if (parentId !== null) parentIds.set(String(parentId), parentId)
  }
  for (const parentId of parentIds.values()) {
    await refreshSectionBranch({ payload: req.payload, req, sectionId: parentId })
  }
  const roadmapId = idOf(doc.roadmap)
  if (roadmapId !== null) await refreshRoadmapProgress({ payload: req.payload, req, roadmapId })
  return doc
}

export const rollUpAfterSectionDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context[CONTEXT.skipProgressRollup]) return doc
  const parentId = idOf(doc.parent)
  if (parentId !== null) await refreshSectionBranch({ payload: req.payload, req, sectionId: parentId })
  const roadmapId = idOf(doc.roadmap)
  if (roadmapId !== null) await refreshRoadmapProgress({ payload: req.payload, req, roadmapId })
  return doc
}
