import type { PayloadRequest, Where } from 'payload'

import { COLLECTION } from '../constants'
import type { DocumentId } from '../utilities/idOf'

/**
 * What "public" means for each kind of document. Versioned documents are public once published
 * (`_status`); progress reports have no drafts and are public once the secretariat approves them.
 */
export const PUBLISHED: Where = { _status: { equals: 'published' } }
export const APPROVED: Where = { reviewStatus: { equals: 'approved' } }

/**
 * A filter no document matches. For a partner's refusals that carry a reason (given by
 * src/hooks/refusePartnerPublishing.ts) access answers with this rather than `false`: it refuses
 * every read, update and delete the same way, but `false` makes anything that checks access
 * before the operation (such as the concurrency guard) throw Payload's bare 403 first.
 */
export const NOTHING: Where = { id: { exists: false } }

/** Documents in the trash are gone for everyone but staff and their own organization. */
export const NOT_TRASHED: Where = { deletedAt: { exists: false } }

/** The partner-owned collections: each document carries the organization it belongs to. */
export const PARTNER_COLLECTIONS = [COLLECTION.commitments, COLLECTION.milestones, COLLECTION.progressReports] as const
export type PartnerCollection = (typeof PARTNER_COLLECTIONS)[number]

export const isPartnerCollection = (slug: string): slug is PartnerCollection =>
  (PARTNER_COLLECTIONS as readonly string[]).includes(slug)

/** Reviewed by approval rather than by publishing a draft. */
export const isReviewedCollection = (slug: string): boolean => slug === COLLECTION.progressReports

const fieldOf = (data: unknown, name: string): unknown =>
  data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[name] : undefined

/** A write that would make a document public: publishing it, or approving a progress report. */
export const requestsPublication = (data: unknown): boolean =>
  fieldOf(data, '_status') === 'published' || fieldOf(data, 'reviewStatus') === 'approved'

/** Payload passes `deletedAt` to delete access when a document is being moved to the trash. */
export const isTrashRequest = (data: unknown): boolean => {
  const deletedAt = fieldOf(data, 'deletedAt')
  return deletedAt !== null && deletedAt !== undefined
}

/** Whether the document is public right now (its main row, not a draft saved over it). */
export const isPublicNow = (slug: string, doc: Record<string, unknown> | null | undefined): boolean =>
  isReviewedCollection(slug) ? doc?.reviewStatus === 'approved' : doc?._status === 'published'

/**
 * Whether the document has ever been public: published now or in any saved version. Reports
 * keep no history, so for them this is whether they are approved now.
 */
export const hasEverBeenPublic = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: PartnerCollection
  id: DocumentId
}): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, isReviewedCollection(collection) ? APPROVED : PUBLISHED] },
    trash: true,
    req,
  })
  if (totalDocs > 0 || isReviewedCollection(collection)) return totalDocs > 0
  const versions = await req.payload.countVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  return versions.totalDocs > 0
}
