import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, GlobalAfterChangeHook, GlobalConfig } from 'payload'

import { mainStatusBefore } from '../audit/context'
import { COLLECTION } from '../constants'
import { invalidatePublicPages } from '../site/publicPageCache'

/** Collections whose documents appear on the public site. */
const PUBLIC_COLLECTIONS: readonly string[] = [
  COLLECTION.roadmaps,
  COLLECTION.roadmapSections,
  COLLECTION.commitments,
  COLLECTION.milestones,
  COLLECTION.progressReports,
  COLLECTION.indicators,
  COLLECTION.organizations,
  COLLECTION.media,
]

/**
 * Whether a change can alter what the public sees: a draft saved over a published document
 * cannot (the public keeps reading the published row), publishing, unpublishing, trashing or
 * restoring one can; a report matters once it is or was approved.
 */
const changesPublicContent: CollectionAfterChangeHook = ({ collection, doc, previousDoc, req }) => {
  const hasDrafts = typeof collection.versions === 'object' && Boolean(collection.versions?.drafts)
  if (hasDrafts) return doc?._status === 'published' || mainStatusBefore(req.context, collection.slug, doc.id) === 'published'
  if (collection.slug === COLLECTION.progressReports) return doc?.reviewStatus === 'approved' || previousDoc?.reviewStatus === 'approved'
  return true
}

export const invalidatePagesAfterChange: CollectionAfterChangeHook = (args) => {
  if (changesPublicContent(args)) invalidatePublicPages()
  return args.doc
}

export const invalidatePagesAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidatePublicPages()
  return doc
}

export const invalidatePagesAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  invalidatePublicPages()
  return doc
}

/** Adds the invalidation hooks to a collection the public site shows. */
export const withPublicPageInvalidation = (collection: CollectionConfig): CollectionConfig => {
  if (!PUBLIC_COLLECTIONS.includes(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), invalidatePagesAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), invalidatePagesAfterDelete],
    },
  }
}

export const withPublicPageInvalidationGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  hooks: { ...(global.hooks ?? {}), afterChange: [...(global.hooks?.afterChange ?? []), invalidatePagesAfterGlobalChange] },
})
