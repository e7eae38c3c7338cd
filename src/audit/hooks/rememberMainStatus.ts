import type { CollectionBeforeChangeHook } from 'payload'

import { setMainStatusBefore } from '../context'

/**
 * Before an update of a collection with drafts, reads whether the stored document is
 * published. The hook's `originalDoc` is the latest version, which may be a newer draft of a
 * published document, so it cannot tell whether unpublishing happened.
 */
export const rememberMainStatus: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const stored = await req.payload.db.findOne<{ id: number | string; _status?: unknown }>({
    collection: collection.slug,
    where: { id: { equals: originalDoc.id } },
    select: { _status: true },
    req,
  })
  setMainStatusBefore(req.context, collection.slug, originalDoc.id, stored?._status)
  return data
}
