import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CONTEXT } from '../../../src/constants'
import { refreshCommitmentProgress } from '../../../src/hooks/progressRollup'
import { idOf } from '../../../src/utilities/idOf'

export const rollUpMilestoneProgress: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context[CONTEXT.skipProgressRollup]) return doc
  const touchesPublished = doc._status === 'published' || previousDoc?._status === 'published'
  if (!touchesPublished) return doc
  const commitmentIds = new Map<string, NonNullable<ReturnType<typeof idOf>>>()
  for (const commitmentId of [idOf(doc.commitment), idOf(previousDoc?.commitment)]) {
    if (commitmentId !== null) commitmentIds.set(String(commitmentId), commitmentId)
  }
  for (const commitmentId of commitmentIds.values()) {
    await refreshCommitmentProgress({ payload: req.payload, req, commitmentId })
  }
  return doc
}

export const rollUpAfterMilestoneDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context[CONTEXT.skipProgressRollup]) return doc
  const commitmentId = idOf(doc.commitment)
  if (commitmentId !== null) await refreshCommitmentProgress({ payload: req.payload, req, commitmentId })
  return doc
}
