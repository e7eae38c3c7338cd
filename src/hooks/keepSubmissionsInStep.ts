import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { PartnerCollection } from '../access/publication'
import { isReviewedCollection } from '../access/publication'
import { isPartnerUser } from '../access/roles'
import { COLLECTION, CONTEXT } from '../constants'
import { REVIEW_MESSAGE } from '../review/messages'
import { closeSubmission, findOpenSubmission } from '../review/reviewedDocuments'

/**
 * A partner who edits a report the secretariat sent back is answering the request: the report
 * goes back to "submitted" (partners cannot set the review status themselves).
 */
export const resubmitEditedReport: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || context[CONTEXT.reviewWorkflow] || !isPartnerUser(req.user)) return data
  if (originalDoc?.reviewStatus === 'changes-requested' && !('deletedAt' in data && data.deletedAt)) {
    return { ...data, reviewStatus: 'submitted' }
  }
  return data
}

/**
 * Keeps the review queue true to the documents it is about, whatever way they change:
 * - a document moved to the trash withdraws its open submission;
 * - staff publishing a document (or deciding a report) directly closes its open submission with
 *   that decision;
 * - a progress report is submitted by being saved as "submitted": a report without an open
 *   submission gets one, and one with an open submission follows the report's latest content
 *   and keeps its place in the queue (reports have no drafts to keep a change apart).
 * Drafts of commitments and milestones are submitted explicitly ("Kirim untuk ditinjau").
 */
export const keepSubmissionsInStep: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context, collection }) => {
  if (context[CONTEXT.reviewWorkflow]) return doc
  const slug = collection.slug as PartnerCollection
  const open = operation === 'create' ? null : await findOpenSubmission({ req, collection: slug, id: doc.id })

  if (doc.deletedAt && !previousDoc?.deletedAt) {
    if (open) await closeSubmission({ req, id: open.id, state: 'withdrawn', comment: REVIEW_MESSAGE.withdrawnByTrash })
    return doc
  }
  if (doc.deletedAt) return doc

  if (!isReviewedCollection(slug)) {
    if (open && doc._status === 'published') {
      await closeSubmission({ req, id: open.id, state: 'approved', comment: REVIEW_MESSAGE.decidedOutsideReview })
    }
    return doc
  }

  if (doc.reviewStatus === 'submitted') {
    if (!open) {
      await req.payload.create({
        collection: COLLECTION.reviewRequests,
        data: { documentCollection: slug, documentId: String(doc.id) } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
    } else {
      await req.payload.update({
        collection: COLLECTION.reviewRequests,
        id: open.id,
        data: { documentRevision: String(doc.updatedAt) } as never,
        depth: 0,
        overrideAccess: true,
        context: { [CONTEXT.reviewWorkflow]: true },
        req,
      })
    }
    return doc
  }
  if (open && (doc.reviewStatus === 'approved' || doc.reviewStatus === 'changes-requested')) {
    await closeSubmission({ req, id: open.id, state: doc.reviewStatus, comment: REVIEW_MESSAGE.decidedOutsideReview })
  }
  return doc
}
