import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CONTEXT } from '../../../src/constants'
import { refreshCommitmentProgress, refreshSectionBranch } from '../../../src/hooks/progressRollup'
import type { DocumentId } from '../../../src/utilities/idOf'
import { idOf } from '../../../src/utilities/idOf'

/** Status, publication, trash and a move to another section all change what the public total is. */
export const rollUpCommitmentProgress: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context[CONTEXT.skipProgressRollup]) return doc
  const touchesPublished = doc._status === 'published' || previousDoc?._status === 'published'
  if (!touchesPublished) return doc
  const previousSection = idOf(previousDoc?.section)
  const alsoRefreshSectionIds: DocumentId[] = previousSection === null ? [] : [previousSection]
  await refreshCommitmentProgress({ payload: req.payload, req, commitmentId: doc.id, alsoRefreshSectionIds })
  const refreshed = await req.payload.findByID({
    collection: 'commitments',
    id: doc.id,
    depth: 0,
    req,
    disableErrors: true,
    trash: true,
    select: { progress: true },
  })
  return refreshed ? { ...doc, progress: refreshed.progress } : doc
}

export const rollUpAfterCommitmentDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context[CONTEXT.skipProgressRollup]) return doc
  const sectionId = idOf(doc.section)
  if (sectionId !== null) await refreshSectionBranch({ payload: req.payload, req, sectionId })
  return doc
}
