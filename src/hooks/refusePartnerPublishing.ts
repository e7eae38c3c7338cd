import type { CollectionBeforeOperationHook, CollectionSlug, Where } from 'payload'

import { ACCESS_MESSAGE, AccessRefused } from '../access/messages'
import { hasEverBeenPublic, isPartnerCollection, isPublicNow, isReviewedCollection } from '../access/publication'
import { isPartnerUser, organizationIdOf } from '../access/roles'
import type { DocumentId } from '../utilities/idOf'
import { operationTargets } from './operationTargets'
import type { WriteArgs } from './operationTargets'

const refusePublication = (data: Record<string, unknown> | undefined) => {
  if (data?.reviewStatus === 'approved') throw new AccessRefused(ACCESS_MESSAGE.partnerCannotApprove)
  if (data?._status === 'published') throw new AccessRefused(ACCESS_MESSAGE.partnerCannotPublish)
}

/**
 * Partners submit; the secretariat publishes. Access (src/access/staffOrOwnDraft.ts and its
 * siblings) refuses a partner's publishing too, but cannot say why, and cannot see two ways of
 * changing what the public reads without asking to publish: saving over a published document
 * without `draft`, and restoring an old version (Payload issue #8350: a restore writes the
 * version's `_status`, and Payload asks access only about that status). This hook runs before
 * access, for REST, GraphQL and the Local API with `overrideAccess: false`, refuses all of these
 * with 403 and says what to do instead. Server code (overrideAccess) is not concerned.
 */
export const refusePartnerPublishing: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || !isPartnerUser(req.user) || !isPartnerCollection(collection.slug)) return args
  const slug = collection.slug
  const isReviewed = isReviewedCollection(slug)
  const write = args as WriteArgs
  const scope: Where = { organization: { equals: organizationIdOf(req.user) } }

  if (operation === 'create') {
    refusePublication(write.data)
    // A duplicate of a published document would otherwise come out published.
    return isReviewed ? args : { ...args, data: { ...write.data, _status: 'draft' } }
  }

  if (operation === 'delete') throw new AccessRefused(ACCESS_MESSAGE.partnerCannotDelete)

  if (operation === 'update') {
    refusePublication(write.data)
    // The admin sends `deletedAt: null` with every save: only a change of it is a trash or a restore.
    const touchesTrash = write.data !== undefined && 'deletedAt' in write.data
    if (!touchesTrash && !isReviewed && write.draft) return args
    const targets = await operationTargets({
      req,
      collection: slug as CollectionSlug,
      args: write,
      scope,
      select: isReviewed ? { reviewStatus: true, deletedAt: true } : { _status: true, deletedAt: true },
    })
    for (const target of targets) {
      const isTrashOrRestore = touchesTrash && Boolean(write.data?.deletedAt) !== Boolean(target.deletedAt)
      if (!isTrashOrRestore && !isReviewed && write.draft) continue
      if (isTrashOrRestore) {
        if (await hasEverBeenPublic({ req, collection: slug, id: target.id as DocumentId })) {
          throw new AccessRefused(ACCESS_MESSAGE.partnerCannotTrashPublished)
        }
      } else if (isPublicNow(slug, target)) {
        throw new AccessRefused(isReviewed ? ACCESS_MESSAGE.partnerCannotEditApproved : ACCESS_MESSAGE.partnerMustSaveDraft)
      }
    }
    return args
  }

  if (operation === 'restoreVersion' && !write.draft && write.id !== undefined) {
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      where: { id: { equals: write.id } },
      limit: 1,
      pagination: false,
      req,
    })
    const version = docs[0]
    if (!version) return args
    const [current] = await operationTargets({ req, collection: slug, args: { id: version.parent }, scope, select: { _status: true } })
    // Another organization's document: access refuses it.
    if (!current) return args
    if ((version.version as Record<string, unknown> | undefined)?._status === 'published') {
      throw new AccessRefused(ACCESS_MESSAGE.partnerCannotRestorePublished)
    }
    if (isPublicNow(slug, current)) throw new AccessRefused(ACCESS_MESSAGE.partnerMustSaveDraft)
  }
  return args
}
