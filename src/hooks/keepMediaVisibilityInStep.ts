import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { attachedMediaIds, refreshMediaVisibility } from '../media/mediaVisibility'
import type { DocumentId } from '../utilities/idOf'

const STORED_MEDIA = 'mediaShownBefore'

/**
 * Remembers the files the stored document showed before this change: a draft's previousDoc is
 * the previous draft, not what the public saw, and a file the change stops showing must be
 * recomputed too.
 */
export const rememberShownMedia: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.findByID({
    collection: collection.slug as 'milestones',
    id: originalDoc.id,
    depth: 0,
    trash: true,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  context[STORED_MEDIA] = [...attachedMediaIds(collection.slug, stored as never), ...attachedMediaIds(collection.slug, originalDoc)]
  return data
}

export const refreshShownMedia: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, context }) => {
  const before = Array.isArray(context[STORED_MEDIA]) ? (context[STORED_MEDIA] as DocumentId[]) : []
  const ids = [...before, ...attachedMediaIds(collection.slug, previousDoc), ...attachedMediaIds(collection.slug, doc)]
  if (ids.length > 0) await refreshMediaVisibility(req, ids)
  return doc
}

export const refreshMediaAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const ids = attachedMediaIds(collection.slug, doc)
  if (ids.length > 0) await refreshMediaVisibility(req, ids)
  return doc
}
