import type { PayloadRequest } from 'payload'

import type { PartnerCollection } from '../access/publication'
import { isReviewedCollection } from '../access/publication'
import { COLLECTION, CONTEXT } from '../constants'
import type { ReviewRequestState } from '../constants'
import type { DocumentId } from '../utilities/idOf'

/**
 * Reading and writing the documents the review workflow is about (commitments, milestones and
 * progress reports) and their open submissions, on behalf of the workflow itself: these reads
 * ignore access (the hooks calling them decide who may do what) and share the request's
 * transaction.
 */

export type ReviewedDocument = Record<string, unknown> & { id: DocumentId }

export const readReviewedDocument = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: PartnerCollection
  id: DocumentId
}): Promise<ReviewedDocument | null> =>
  (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    trash: true,
    disableErrors: true,
    overrideAccess: true,
    req,
  })) as ReviewedDocument | null

/** The most recent saved version of a document with drafts: what publishing it would make public. */
export const latestVersion = async ({ req, collection, id }: { req: PayloadRequest; collection: PartnerCollection; id: DocumentId }) => {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return docs[0] as { id: DocumentId; updatedAt: string; version: Record<string, unknown> } | undefined
}

/**
 * Identifies the exact content a submission is about. For documents with drafts it is the
 * latest version's `updatedAt` (the progress roll-up rewrites the document row, never a version,
 * so it does not count as an edit); progress reports have no versions, so theirs is the
 * document's own.
 */
export const currentRevision = async ({
  req,
  collection,
  document,
}: {
  req: PayloadRequest
  collection: PartnerCollection
  document: ReviewedDocument
}): Promise<string> => {
  if (isReviewedCollection(collection)) return String(document.updatedAt)
  const version = await latestVersion({ req, collection, id: document.id })
  return String(version?.updatedAt ?? document.updatedAt)
}

export const findOpenSubmission = async ({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: PartnerCollection
  id: DocumentId
}): Promise<(Record<string, unknown> & { id: DocumentId }) | null> => {
  const { docs } = await req.payload.find({
    collection: COLLECTION.reviewRequests,
    where: {
      and: [{ documentCollection: { equals: collection } }, { documentId: { equals: String(id) } }, { state: { equals: 'submitted' } }],
    },
    sort: 'submittedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as (Record<string, unknown> & { id: DocumentId }) | undefined) ?? null
}

/** Closes a submission without a reviewer's decision form (a newer submission, the trash, a direct publish). */
export const closeSubmission = async ({
  req,
  id,
  state,
  comment,
}: {
  req: PayloadRequest
  id: DocumentId
  state: ReviewRequestState
  comment: string
}) => {
  await req.payload.update({
    collection: COLLECTION.reviewRequests,
    id,
    data: {
      state,
      reviewComment: comment,
      reviewedBy: req.user && req.user.collection === COLLECTION.users ? req.user.id : null,
      reviewedAt: new Date().toISOString(),
    } as never,
    depth: 0,
    overrideAccess: true,
    context: { [CONTEXT.reviewWorkflow]: true },
    req,
  })
}

/**
 * Writes a reviewed document for the workflow. A reviewer's decision (publishing, approving)
 * is made with the reviewer's own access, locks included; reopening a report on resubmission
 * is the workflow's own bookkeeping.
 */
export const writeReviewedDocument = async ({
  req,
  collection,
  id,
  data,
  asReviewer,
}: {
  req: PayloadRequest
  collection: PartnerCollection
  id: DocumentId
  data: Record<string, unknown>
  asReviewer: boolean
}) => {
  const actsForPerson = asReviewer && Boolean(req.user)
  await req.payload.update({
    collection,
    id,
    data: data as never,
    draft: false,
    depth: 0,
    overrideAccess: !actsForPerson,
    ...(actsForPerson ? { user: req.user } : {}),
    context: { [CONTEXT.reviewWorkflow]: true },
    req,
  })
}
